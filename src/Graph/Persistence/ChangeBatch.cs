using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Persistence;

/// <summary>
/// Change-log entries read together with the current state of what they name (<see cref="INetworkStore.ReadChangesAsync"/>).
/// </summary>
/// <param name="Head">The sequence of the last entry read; the one read after when there is none.</param>
/// <param name="Entries">The entries, in order.</param>
/// <param name="Nodes">The nodes the entries name that exist now.</param>
/// <param name="Links">The links the entries name that exist now.</param>
/// <param name="More">True when there may be entries after these (the batch is full).</param>
public sealed record ChangeBatch(long Head, IReadOnlyList<(long Sequence, ChangeLogEntry Entry)> Entries, IReadOnlyList<Node> Nodes, IReadOnlyList<Link> Links, bool More)
{
    /// <summary>
    /// What the batch changes in <paramref name="snapshot"/>: every named node and link as it is now, and those named that
    /// no longer exist removed. Also the ids it wrote and removed, as one entry.
    /// </summary>
    public (NetworkDelta Delta, ChangeLogEntry Entry) ToDelta(NetworkSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var delta = new NetworkDelta();
        var nodes = new HashSet<long>();
        var links = new HashSet<long>();
        foreach (var (_, e) in Entries)
        {
            nodes.UnionWith(e.Nodes);
            nodes.UnionWith(e.DeletedNodes);
            links.UnionWith(e.Links);
            links.UnionWith(e.DeletedLinks);
        }
        delta.UpsertedNodes.AddRange(Nodes);
        delta.UpsertedLinks.AddRange(Links);
        nodes.ExceptWith(Nodes.Select(n => n.Id));
        links.ExceptWith(Links.Select(l => l.Id));
        delta.DeletedNodes.AddRange(nodes.Where(id => snapshot.Node(id) is not null).Order());
        delta.DeletedLinks.AddRange(links.Where(id => snapshot.Link(id) is not null).Order());
        return (delta, ChangeLogEntry.Of(delta));
    }
}
