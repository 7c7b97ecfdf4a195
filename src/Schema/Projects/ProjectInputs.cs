using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Common;
using ResourceHub.Schema.Mutations;

namespace ResourceHub.Schema.Projects;

/// <summary>What the mutations of Project may write.</summary>
public sealed class ProjectInputs : KindInputs
{
    /// <summary>Declares the fields.</summary>
    public ProjectInputs() : base(NodeKind.Project, "项目", located: false)
    {
        Codes("services", "What it delivers, service taxonomy codes (服务内容).", required: false, (n, v) => ((Project)n) with { Services = v });
        Add<TimeWindowInputType>("period", "Contract period (合同期).", required: false, (n, v) => ((Project)n) with { Period = InputValues.Window("period", v) });
        Add<DecimalGraphType>("budget", "Budget in CNY (预算，元).", required: false, (n, v) => ((Project)n) with { Budget = InputValues.Decimal(v) });
        Add<ListGraphType<NonNullGraphType<StringGraphType>>>("deliverables", "Deliverables named in the contract (交付内容).", required: false, (n, v) => ((Project)n) with { Deliverables = InputValues.Strings(v) });
        Add<ProjectTargetsInputType>("targets", "What the contract promises in numbers; replaces the targets set before (合同指标).", required: false,
            (n, v) => ((Project)n) with { Targets = v as ProjectTargets ?? new ProjectTargets() });
        Link("purchaserId", LinkType.Contracts, nodeIsSource: false, [NodeKind.Organization], required: false, "Global id of the purchasing department (购买方).");
        Link("providerId", LinkType.DeliveredBy, nodeIsSource: true, [NodeKind.Organization], required: false, "Global id of the organization that delivers it (承接方).");
    }

    /// <inheritdoc />
    public override Node New() => new Project();
}
