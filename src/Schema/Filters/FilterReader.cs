using GraphQL;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Filters;

/// <summary>
/// Turns the <c>where</c> and <c>orderBy</c> arguments, read by their input types, into a <see cref="NodeFilter"/> and
/// <see cref="NodeOrder"/> checked against the network: areas by global id or code, linked nodes by global id. They run
/// over each node as the caller sees it (<see cref="NodeQuery.Run"/>): a condition on a field the caller may not see
/// reads its masked value, so it tells nothing about the real one.
/// </summary>
public static class FilterReader
{
    private const int MaxConditions = 50;

    /// <summary>Reads and checks the arguments of a list field over <paramref name="kind"/>.</summary>
    public static (NodeFilter? Filter, NodeOrder Order) Read(IResolveFieldContext context, NodeKind kind)
    {
        ArgumentNullException.ThrowIfNull(context);
        var snapshot = context.Snapshot();
        var count = 0;
        var filter = context.GetArgument<FilterInput?>("where") is { } where ? Resolve(where, snapshot, ref count) : null;
        var order = context.GetArgument<NodeOrder?>("orderBy") ?? NodeOrder.Default;
        if (filter is not null || order.Field == NodeOrderField.Distance)
        {
            foreach (var (field, message) in NodeQuery.Check(snapshot, kind, filter, order))
                throw ResolveFieldContextExtensions.Error(HubErrorCodes.BadUserInput, field == "orderBy" ? $"orderBy: {message}" : $"where.{field}: {message}");
        }
        return (filter, order);
    }

    private static ExecutionError Bad(string message) => ResolveFieldContextExtensions.Error(HubErrorCodes.BadUserInput, message);

    private static NodeFilter Resolve(FilterInput input, NetworkSnapshot snapshot, ref int count)
    {
        if (++count > MaxConditions) throw Bad($"a filter holds at most {MaxConditions} nested conditions");
        long? within = null;
        if (input.WithinArea is { } areaId)
        {
            within = GlobalId.TryDecode(areaId, out var kind, out var id) && kind == NodeKind.Area
                ? id
                : throw Bad($"where.withinArea: '{areaId}' is not the global id of an area");
            if (snapshot.Node(id) is not Area) throw Bad($"where.withinArea: there is no Area '{areaId}'");
        }
        if (input.WithinAreaCode is { } code)
        {
            if (within is not null) throw Bad("where: give withinArea or withinAreaCode, not both");
            within = snapshot.AreaByCode(code.Trim())?.Id ?? throw Bad($"where.withinAreaCode: there is no area with code '{code}'");
        }
        var and = new List<NodeFilter>();
        foreach (var f in input.And ?? []) and.Add(Resolve(f, snapshot, ref count));
        var or = new List<NodeFilter>();
        foreach (var f in input.Or ?? []) or.Add(Resolve(f, snapshot, ref count));
        return new NodeFilter
        {
            Name = input.Name,
            SubKindIn = input.KindIn,
            WithinAreaId = within,
            OffersService = input.OffersService,
            ForSituation = input.ForSituation,
            Near = input.Near,
            LinkedTo = input.LinkedTo is { } linked ? new LinkedTo(LinkedNodeId(linked.Id, snapshot), linked.Type, linked.Direction) : null,
            And = and.Count > 0 ? and : null,
            Or = or.Count > 0 ? or : null,
            Not = input.Not is { } not ? Resolve(not, snapshot, ref count) : null,
        };
    }

    /// <summary>The node a linkedTo condition names; an id whose kind is not the node's kind names no node.</summary>
    private static long LinkedNodeId(string raw, NetworkSnapshot snapshot)
    {
        if (!GlobalId.TryDecode(raw, out var kind, out var id)) throw Bad($"where.linkedTo.id: '{raw}' is not a global id of this hub");
        if (snapshot.Node(id) is not { } node || node.Kind != kind) throw Bad($"where.linkedTo.id: there is no {kind} '{raw}'");
        return id;
    }
}
