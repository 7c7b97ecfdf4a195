using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Common;
using ResourceHub.Schema.Mutations;

namespace ResourceHub.Schema.Needs;

/// <summary>What the mutations of Need may write.</summary>
public sealed class NeedInputs : KindInputs
{
    /// <summary>Declares the fields.</summary>
    public NeedInputs() : base(NodeKind.Need, "需求", located: true)
    {
        Codes("categories", "What is asked, service taxonomy codes; at least one (需求类别).", required: true, (n, v) => ((Need)n) with { Categories = v });
        Codes("situations", "Who it is for, situation codes (服务对象).", required: false, (n, v) => ((Need)n) with { Situations = v });
        Enum<NeedMode>("mode", "How it is to be met (服务方式).", required: true, (n, v) => ((Need)n) with { Mode = v });
        Add<TimeWindowInputType>("window", "When help is wanted (时间窗口).", required: false, (n, v) => ((Need)n) with { Window = InputValues.Window("window", v) });
        Enum<NeedStatus>("status", "Where it stands; OPEN when created without one (状态).", required: false, (n, v) => ((Need)n) with { Status = v });
        Add<IntGraphType>("helpersWanted", "How many helpers are wanted, 1 to 100 (所需人数).", required: false, (n, v) => ((Need)n) with { HelpersWanted = InputValues.Int(v) ?? 1 });
        Add<IntGraphType>("participants", "How many people take part, for venue needs (参与人数).", required: false, (n, v) => ((Need)n) with { Participants = InputValues.Int(v) });
        Link("ownerId", LinkType.HasNeed, nodeIsSource: false, [NodeKind.Elder, NodeKind.Organization, NodeKind.Area], required: true, "Global id of who has the need: an elder, an organization or an area (需求方).");
    }

    /// <inheritdoc />
    public override Node New() => new Need { Status = NeedStatus.Open };
}
