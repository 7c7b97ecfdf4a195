using GraphQL.Types;
using ResourceHub.Graph.Analytics;

namespace ResourceHub.Schema.Areas;

/// <summary>Which of the five societies are present in an area.</summary>
public sealed class LinkageCoverageType : ObjectGraphType<LinkageCoverage>
{
    /// <summary>Declares the fields.</summary>
    public LinkageCoverageType()
    {
        Name = "LinkageCoverage";
        Description = "Which of the five societies (五社) are present in an area: located in it or below, or serving it.";
        Field<NonNullGraphType<BooleanGraphType>>("community").Description("A community or village is part of it (社区).").Resolve(c => c.Source.Community);
        Field<NonNullGraphType<BooleanGraphType>>("socialOrganization").Description("A social organization is present (社会组织).").Resolve(c => c.Source.SocialOrganization);
        Field<NonNullGraphType<BooleanGraphType>>("socialWorker").Description("A social worker is present (社会工作者).").Resolve(c => c.Source.SocialWorker);
        Field<NonNullGraphType<BooleanGraphType>>("volunteer").Description("A volunteer is present (社区志愿者).").Resolve(c => c.Source.Volunteer);
        Field<NonNullGraphType<BooleanGraphType>>("charitableResource").Description("A charitable resource or foundation is present (社会慈善资源).").Resolve(c => c.Source.CharitableResource);
        Field<NonNullGraphType<BooleanGraphType>>("complete").Description("All five are present: the linkage is complete (五社联动齐全).").Resolve(c => c.Source.Complete);
    }
}
