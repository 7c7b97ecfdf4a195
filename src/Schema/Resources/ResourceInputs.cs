using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Mutations;

namespace ResourceHub.Schema.Resources;

/// <summary>What the mutations of Resource may write.</summary>
public sealed class ResourceInputs : KindInputs
{
    /// <summary>Declares the fields.</summary>
    public ResourceInputs() : base(NodeKind.Resource, "资源", located: true)
    {
        Enum<ResourceKind>("kind", "Kind of resource (资源类别).", required: true, (n, v) => ((Resource)n) with { ResourceKind = v });
        Codes("services", "What it can be used for, service taxonomy codes (用途).", required: false, (n, v) => ((Resource)n) with { Services = v });
        Add<IntGraphType>("capacity", "For a venue: how many people it holds (容纳人数).", required: false, (n, v) => ((Resource)n) with { Capacity = InputValues.Int(v) });
        Add<ListGraphType<NonNullGraphType<StringGraphType>>>("equipment", "For a venue: equipment on site (设备).", required: false, (n, v) => ((Resource)n) with { Equipment = InputValues.Strings(v) });
        Add<BooleanGraphType>("accessible", "For a venue: step-free access (无障碍).", required: false, (n, v) => ((Resource)n) with { Accessible = v is true });
        Schedule("openingHours", "For a venue: opening hours (开放时间).", (n, v) => ((Resource)n) with { OpeningHours = v });
        Add<DecimalGraphType>("quantity", "For funding, material or equipment: how much (数量).", required: false, (n, v) => ((Resource)n) with { Quantity = InputValues.Decimal(v) });
        Add<StringGraphType>("unit", "Unit of the quantity (单位).", required: false, (n, v) => ((Resource)n) with { Unit = v as string });
        Link("ownerId", LinkType.Owns, nodeIsSource: false, [NodeKind.Organization, NodeKind.Area], required: false, "Global id of the owner: an organization or a community (所有者).");
    }

    /// <inheritdoc />
    public override Node New() => new Resource();
}
