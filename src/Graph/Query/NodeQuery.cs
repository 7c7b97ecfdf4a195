using ResourceHub.Graph.Access;
using ResourceHub.Graph.Analytics;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Taxonomy;

namespace ResourceHub.Graph.Query;

/// <summary>
/// Lists the nodes of one kind that pass a filter and that the caller may see, in a given order. Candidates
/// come from the area's subtree when the filter names an area, else from every node of the kind.
/// </summary>
public static class NodeQuery
{
    /// <summary>Checks a filter before it runs; returns (field, problem) pairs, none when it can run.</summary>
    public static IEnumerable<(string Field, string Message)> Check(NetworkSnapshot snapshot, NodeKind kind, NodeFilter? filter, NodeOrder order)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(order);
        if (order.Field == NodeOrderField.Distance && filter?.Near is null)
            yield return ("orderBy", "ordering by distance needs a top-level 'near' condition to measure from");
        if (filter is null) yield break;
        var subKinds = NodeFacets.SubKindEnum(kind);
        foreach (var f in filter.All())
        {
            if (f.Name is { } name && new[] { name.Is, name.Contains, name.StartsWith }.Any(t => t is { Length: > 200 }))
                yield return ("name", "a name condition is at most 200 characters");
            if (f.SubKindIn is { } kinds)
            {
                if (subKinds is null) yield return ("kindIn", $"{kind} has no kinds to filter on");
                else
                {
                    foreach (var k in kinds.Where(k => !Enum.GetNames(subKinds).Contains(k)))
                        yield return ("kindIn", $"'{k}' is not a {subKinds.Name}");
                }
            }
            if (f.WithinAreaId is { } area && snapshot.Node(area) is not Area)
                yield return ("withinArea", $"there is no area {area}");
            if (f.OffersService is { } service && !ServiceTaxonomy.IsKnown(service, TaxonomyFacet.Service))
                yield return ("offersService", $"'{service}' is not a service code of the taxonomy");
            if (f.ForSituation is { } situation && !ServiceTaxonomy.IsKnown(situation, TaxonomyFacet.Situation))
                yield return ("forSituation", $"'{situation}' is not a situation code of the taxonomy");
            if (f.Near is { } near && (!near.Point.IsValid || !double.IsFinite(near.Km) || near.Km is <= 0 or > 500))
                yield return ("near", "needs a valid point (lat -90..90, lon -180..180) and km more than 0 and at most 500");
            if (f.LinkedTo is { } linked && snapshot.Node(linked.NodeId) is null)
                yield return ("linkedTo", $"there is no node {linked.NodeId}");
        }
    }

    /// <summary>
    /// The nodes of <paramref name="kind"/> the caller may see that pass <paramref name="filter"/>, in <paramref name="order"/>.
    /// Each node is filtered and ordered as the caller sees it (<see cref="AccessPolicy.View(Node)"/>), and links are followed
    /// only where the caller may see them, so neither the list, its order nor its count depends on what the caller may not see.
    /// The nodes listed are the caller's views.
    /// </summary>
    public static List<OrderedNode> Run(AccessPolicy policy, NodeKind kind, NodeFilter? filter, NodeOrder order)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(order);
        var snapshot = policy.Snapshot;
        var result = new List<OrderedNode>();
        foreach (var node in Candidates(snapshot, kind, filter))
        {
            if (node.Kind != kind || policy.View(node) is not { } seen) continue;
            if (filter is not null && !Matches(policy, seen, filter)) continue;
            result.Add(Key(snapshot, seen, order, filter?.Near));
        }
        result.Sort((a, b) => Compare(a, b, order));
        return result;
    }

    /// <summary>Compares two ordered nodes: by key, then by id; descending reverses both.</summary>
    public static int Compare(OrderedNode a, OrderedNode b, NodeOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var c = order.Field == NodeOrderField.Name
            ? string.CompareOrdinal(a.Text, b.Text)
            : a.Number.CompareTo(b.Number);
        if (c == 0) c = a.Node.Id.CompareTo(b.Node.Id);
        return order.Descending ? -c : c;
    }

    /// <summary>The ordering key of a node.</summary>
    public static OrderedNode Key(NetworkSnapshot snapshot, Node node, NodeOrder order, NearPoint? near)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(order);
        return order.Field switch
        {
            NodeOrderField.Name => new OrderedNode(node, node.Name, 0),
            NodeOrderField.Distance => new OrderedNode(node, null,
                near is not null && NodeFacets.Position(snapshot, node) is { } p ? Math.Round(p.DistanceKm(near.Point), 6) : double.MaxValue),
            _ => new OrderedNode(node, null, node.Id),
        };
    }

    private static IEnumerable<Node> Candidates(NetworkSnapshot s, NodeKind kind, NodeFilter? filter)
    {
        if (filter?.WithinAreaId is not { } areaId || s.Node(areaId) is not Area) return s.Nodes().Where(n => n.Kind == kind);
        var subtree = s.Subtree(areaId);
        if (kind == NodeKind.Area) return subtree.Select(id => s.Node(id)!);
        var ids = new HashSet<long>();
        foreach (var area in subtree)
        {
            foreach (var e in s.Edges(area, Direction.In, LinkType.LocatedIn))
            {
                ids.Add(e.OtherId);
                // A need with no area of its own lies where its owner does.
                if (kind == NodeKind.Need)
                    foreach (var n in s.Edges(e.OtherId, Direction.Out, LinkType.HasNeed)) ids.Add(n.OtherId);
            }
            if (kind == NodeKind.Project)
                foreach (var e in s.Edges(area, Direction.In, LinkType.Serves)) ids.Add(e.OtherId);
            if (kind == NodeKind.Need)
                foreach (var e in s.Edges(area, Direction.Out, LinkType.HasNeed)) ids.Add(e.OtherId);
        }
        return ids.Order().Select(id => s.Node(id)!);
    }

    /// <summary>True when a node, as the caller sees it, passes a filter.</summary>
    public static bool Matches(AccessPolicy policy, Node node, NodeFilter f)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(f);
        var s = policy.Snapshot;
        if (f.Name is { } name && !name.IsMatch(node.Name)) return false;
        if (f.SubKindIn is { } kinds && !kinds.Contains(NodeFacets.SubKind(node) ?? "")) return false;
        if (f.WithinAreaId is { } areaId && !IsWithin(s, node, areaId)) return false;
        if (f.OffersService is { } code && !NodeFacets.Services(node).Any(c => ServiceTaxonomy.IsWithin(c, code))) return false;
        if (f.ForSituation is { } situation && !NodeFacets.ServesEveryone(node) && !NodeFacets.Situations(node).Contains(situation)) return false;
        if (f.Near is { } near && (NodeFacets.Position(s, node) is not { } p || p.DistanceKm(near.Point) > near.Km)) return false;
        if (f.LinkedTo is { } linked && !IsLinked(policy, node.Id, linked)) return false;
        if (f.And is { } all && !all.All(g => Matches(policy, node, g))) return false;
        if (f.Or is { Count: > 0 } any && !any.Any(g => Matches(policy, node, g))) return false;
        if (f.Not is { } not && Matches(policy, node, not)) return false;
        return true;
    }

    private static bool IsWithin(NetworkSnapshot s, Node node, long areaId)
    {
        IEnumerable<long> places = node switch
        {
            Area => [node.Id],
            Project => EdgesTo(s, node.Id, LinkType.Serves),
            Need => NodeFacets.NeedArea(s, node.Id) is { } area ? [area.Id] : [],
            _ => EdgesTo(s, node.Id, LinkType.LocatedIn),
        };
        foreach (var place in places)
        {
            if (place == areaId || s.Ancestors(place).Contains(areaId)) return true;
        }
        return false;
    }

    private static List<long> EdgesTo(NetworkSnapshot s, long id, LinkType type)
    {
        var result = new List<long>();
        foreach (var e in s.Edges(id, Direction.Out, type)) result.Add(e.OtherId);
        return result;
    }

    private static bool IsLinked(AccessPolicy policy, long id, LinkedTo linked)
    {
        foreach (var dir in (Direction[])[Direction.Out, Direction.In])
        {
            if (linked.Direction is { } d && d != dir) continue;
            foreach (var e in policy.Snapshot.Edges(id, dir))
            {
                if (e.OtherId != linked.NodeId || (linked.Type is not null && e.Type != linked.Type)) continue;
                var (from, to) = dir == Direction.Out ? (id, e.OtherId) : (e.OtherId, id);
                if (policy.MaySeeLink(from, e.Type, to)) return true;
            }
        }
        return false;
    }
}
