using GraphQL;
using ResourceHub.Graph.Model;

namespace ResourceHub.Schema.Relay;

/// <summary>The relationship connection of a node: its links in either direction, ordered by link id.</summary>
public static class LinkLists
{

    /// <summary>Resolves <c>links(direction, types, first, after, last, before)</c> on a node.</summary>
    public static Page<LinkedNode> Resolve(IResolveFieldContext context, long nodeId)
    {
        ArgumentNullException.ThrowIfNull(context);
        var snapshot = context.Snapshot();
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
                items.Add(new LinkedNode(snapshot.Node(e.OtherId)!, snapshot.Link(e.LinkId)!, dir));
            }
        }
        items.Sort((a, b) => a.Link.Id.CompareTo(b.Link.Id));
        return Page<LinkedNode>.Slice(items, i => new CursorKey(ordering, null, i.Link.Id, i.Link.Id), (a, b) => a.Id.CompareTo(b.Id), request);
    }
}
