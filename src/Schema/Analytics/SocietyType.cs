using GraphQL.Types;
using ResourceHub.Graph.Analytics;

namespace ResourceHub.Schema.Analytics;

/// <summary>Which of the five societies a node stands for.</summary>
public sealed class SocietyType : EnumerationGraphType<Society>
{
    /// <summary>Declares the values.</summary>
    public SocietyType()
    {
        Name = "Society";
        Description = "Which of the five societies (五社) a node stands for: COMMUNITY (社区), SOCIAL_ORGANIZATION (社会组织), SOCIAL_WORKER (社会工作者: a social worker, a station or an office), VOLUNTEER (社区志愿者), CHARITABLE_RESOURCE (社会慈善资源: a resource or a foundation), OTHER.";
    }
}
