using GraphQL;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Filters;

/// <summary>
/// Turns the <c>where</c> and <c>orderBy</c> arguments into a <see cref="NodeFilter"/> and <see cref="NodeOrder"/>,
/// checked against the network. They run over each node as the caller sees it (<see cref="NodeQuery.Run"/>): a
/// condition on a field the caller may not see reads its masked value, so it tells nothing about the real one.
/// </summary>
public static class FilterReader
{
    private const int MaxConditions = 50;

    /// <summary>Reads and checks the arguments of a list field over <paramref name="kind"/>.</summary>
    public static (NodeFilter? Filter, NodeOrder Order) Read(IResolveFieldContext context, NodeKind kind)
    {
        ArgumentNullException.ThrowIfNull(context);
        var snapshot = context.Snapshot();
        var raw = context.GetArgument<Dictionary<string, object?>?>("where");
        var count = 0;
        var filter = raw is null ? null : Parse(raw, snapshot, ref count);
        var order = ReadOrder(context.GetArgument<Dictionary<string, object?>?>("orderBy"));
        if (filter is not null || order.Field == NodeOrderField.Distance)
        {
            foreach (var (field, message) in NodeQuery.Check(snapshot, kind, filter, order))
                throw ResolveFieldContextExtensions.Error(HubErrorCodes.BadUserInput, field == "orderBy" ? $"orderBy: {message}" : $"where.{field}: {message}");
        }
        return (filter, order);
    }

    private static NodeOrder ReadOrder(Dictionary<string, object?>? raw) => raw is null
        ? NodeOrder.Default
        : new NodeOrder(raw.TryGetValue("field", out var f) && f is NodeOrderField field ? field : NodeOrderField.Created,
            raw.TryGetValue("direction", out var d) && d is OrderDirection.Desc);

    private static ExecutionError Bad(string message) => ResolveFieldContextExtensions.Error(HubErrorCodes.BadUserInput, message);

    private static NodeFilter Parse(Dictionary<string, object?> raw, NetworkSnapshot snapshot, ref int count)
    {
        if (++count > MaxConditions) throw Bad($"a filter holds at most {MaxConditions} nested conditions");
        long? within = null;
        if (Get<string>(raw, "withinArea") is { } areaId)
            within = GlobalId.TryDecode(areaId, out var kind, out var id) && kind == NodeKind.Area
                ? id
                : throw Bad($"where.withinArea: '{areaId}' is not the global id of an area");
        if (Get<string>(raw, "withinAreaCode") is { } code)
        {
            if (within is not null) throw Bad("where: give withinArea or withinAreaCode, not both");
            within = snapshot.AreaByCode(code.Trim())?.Id ?? throw Bad($"where.withinAreaCode: there is no area with code '{code}'");
        }
        var nested = new List<NodeFilter>();
        foreach (var item in Get<IEnumerable<object?>>(raw, "and") ?? []) nested.Add(Parse((Dictionary<string, object?>)item!, snapshot, ref count));
        var any = new List<NodeFilter>();
        foreach (var item in Get<IEnumerable<object?>>(raw, "or") ?? []) any.Add(Parse((Dictionary<string, object?>)item!, snapshot, ref count));
        return new NodeFilter
        {
            Name = Get<Dictionary<string, object?>>(raw, "name") is { } name
                ? new TextMatch { Is = Get<string>(name, "equals"), Contains = Get<string>(name, "contains"), StartsWith = Get<string>(name, "startsWith") }
                : null,
            SubKindIn = Get<IEnumerable<object?>>(raw, "kindIn")?.Select(k => k!.ToString()!).ToList(),
            WithinAreaId = within,
            OffersService = Get<string>(raw, "offersService")?.Trim(),
            ForSituation = Get<string>(raw, "forSituation")?.Trim(),
            Near = Get<Dictionary<string, object?>>(raw, "near") is { } near
                ? new NearPoint(new GeoPoint(ToDouble(near["lat"]), ToDouble(near["lon"])), ToDouble(near["km"]))
                : null,
            LinkedTo = Get<Dictionary<string, object?>>(raw, "linkedTo") is { } linked
                ? new LinkedTo(LinkedNodeId(Get<string>(linked, "id"), snapshot),
                    Get<object>(linked, "type") is LinkType t ? t : null, Get<object>(linked, "direction") is Direction d ? d : null)
                : null,
            And = nested.Count > 0 ? nested : null,
            Or = any.Count > 0 ? any : null,
            Not = Get<Dictionary<string, object?>>(raw, "not") is { } not ? Parse(not, snapshot, ref count) : null,
        };
    }

    /// <summary>The node a linkedTo condition names; an id whose kind is not the node's kind names no node.</summary>
    private static long LinkedNodeId(string? raw, NetworkSnapshot snapshot)
    {
        if (!GlobalId.TryDecode(raw, out var kind, out var id)) throw Bad($"where.linkedTo.id: '{raw}' is not a global id of this hub");
        if (snapshot.Node(id) is { } node && node.Kind != kind) throw Bad($"where.linkedTo.id: there is no {kind} with id '{raw}'");
        return id;
    }

    private static double ToDouble(object? value) => Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);

    private static T? Get<T>(Dictionary<string, object?> raw, string key) where T : class =>
        raw.TryGetValue(key, out var value) ? value as T : null;
}
