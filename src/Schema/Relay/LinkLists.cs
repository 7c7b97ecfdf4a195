using GraphQL;
using ResourceHub.Graph.Model;

namespace ResourceHub.Schema.Relay;

/// <summary>
/// The relationship connection of a node: its links in either direction that the caller may see (to a node they may
/// see, and not part of a record hidden from them), ordered by link id; the count counts only those.
/// </summary>
public static class LinkLists
{
    /// <summary>Resolves <c>links(direction, types, first, after, last, before)</c> on a node.</summary>
    public static Page<LinkedNode> Resolve(IResolveFieldContext context, long nodeId)
    {
        ArgumentNullException.ThrowIfNull(context);
        var policy = context.Policy();
        var snapshot = policy.Snapshot;
        var direction = context.GetArgument<Direction?>("direction");
        var types = context.GetArgument<List<LinkType>?>("types");
        // A cursor of one node's links is no cursor of another's.
        var ordering = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"links.{nodeId}");
        var request = PageRequest.From(context, ordering);
        var items = new List<LinkedNode>();
        foreach (var dir in (Direction[])[Direction.Out, Direction.In])
        {
            if (direction is { } only && only != dir) continue;
            foreach (var e in snapshot.Edges(nodeId, dir))
            {
                if (types is { Count: > 0 } && !types.Contains(e.Type)) continue;
                var (from, to) = dir == Direction.Out ? (nodeId, e.OtherId) : (e.OtherId, nodeId);
                if (!policy.MaySeeLink(from, e.Type, to)) continue;
                items.Add(new LinkedNode(policy.View(e.OtherId)!, snapshot.Link(e.LinkId)!, dir));
            }
        }
        items.Sort((a, b) => a.Link.Id.CompareTo(b.Link.Id));
        return Page<LinkedNode>.Slice(items, i => new CursorKey(ordering, null, i.Link.Id, i.Link.Id), (a, b) => a.Id.CompareTo(b.Id), request);
    }
}
