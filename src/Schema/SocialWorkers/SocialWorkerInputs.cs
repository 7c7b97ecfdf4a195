using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Mutations;

namespace ResourceHub.Schema.SocialWorkers;

/// <summary>What the mutations of SocialWorker may write.</summary>
public sealed class SocialWorkerInputs : KindInputs
{
    /// <summary>Declares the fields.</summary>
    public SocialWorkerInputs() : base(NodeKind.SocialWorker, "社工", located: true)
    {
        Enum<SocialWorkerRole>("role", "Where and how the social worker works (岗位).", required: true, (n, v) => ((SocialWorker)n) with { Role = v });
        Enum<QualificationLevel>("qualification", "National qualification (职业资格).", required: true, (n, v) => ((SocialWorker)n) with { Qualification = v });
        Codes("skills", "Skills, service taxonomy codes (专长).", required: false, (n, v) => ((SocialWorker)n) with { Skills = v });
        Codes("situations", "Situations specialised in; none means everyone (服务对象).", required: false, (n, v) => ((SocialWorker)n) with { Situations = v });
        Schedule("availability", "Weekly working hours (工作时间).", (n, v) => ((SocialWorker)n) with { Availability = v });
        Add<IntGraphType>("capacity", "How many open referrals the social worker can carry (服务容量).", required: false, (n, v) => ((SocialWorker)n) with { Capacity = InputValues.Int(v) });
        Link("employerId", LinkType.EmployedBy, nodeIsSource: true, [NodeKind.Organization], required: false, "Global id of the employing organization (受雇机构).");
    }

    /// <inheritdoc />
    public override Node New() => new SocialWorker();
}
