using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Common;

namespace ResourceHub.Schema.SocialWorkers;

/// <summary>A social worker.</summary>
public sealed class SocialWorkerType : NodeType<SocialWorker>
{
    /// <summary>Declares the fields.</summary>
    public SocialWorkerType() : base("SocialWorker", "A social worker (社会工作者): stationed 驻站, community 社区, agency 机构 or medical 医务.", located: true)
    {
        Field<NonNullGraphType<DescribedEnumType<SocialWorkerRole>>>("role").Description("Where and how the social worker works (岗位).").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<DescribedEnumType<QualificationLevel>>>("qualification").Description("National qualification (职业资格).").Resolve(c => c.Source.Qualification);
        this.Codes("skills", "Skills, as service taxonomy codes (专长).", s => s.Skills);
        this.Codes("situations", "Situations specialised in; empty means everyone (服务对象).", s => s.Situations);
        this.Schedule("availability", "Weekly working hours (工作时间).", s => s.Availability);
        Field<IntGraphType>("capacity").Description("How many open referrals the social worker can carry (服务容量).").Resolve(c => c.Source.Capacity);
    }
}
