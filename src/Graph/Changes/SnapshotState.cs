using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Changes;

/// <summary>A snapshot read as an <see cref="INetworkState"/>: the network before a change.</summary>
internal sealed class SnapshotState(NetworkSnapshot snapshot) : INetworkState
{
    public Node? Node(long id) => id > 0 ? snapshot.Node(id) : null;

    public IEnumerable<long> Linked(long id, Direction direction, LinkType type)
    {
        if (id <= 0) return [];
        var edges = snapshot.Edges(id, direction, type);
        var others = new long[edges.Count];
        for (var i = 0; i < others.Length; i++) others[i] = edges.OtherIds[i];
        return others;
    }
}
