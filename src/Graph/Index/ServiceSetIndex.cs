using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;
using ResourceHub.Graph.Taxonomy;

namespace ResourceHub.Graph.Index;

/// <summary>
/// The service set of every node (what it offers or asks), in chunks of 1,024 like the node array, so matching
/// can reject candidates without reading their strings. Immutable; a change copies only the chunks it touches.
/// </summary>
internal sealed class ServiceSetIndex
{
    private const int Shift = ChunkedArray<object>.Shift;
    private const int Mask = ChunkedArray<object>.ChunkSize - 1;
    private readonly ServiceSet[][] _chunks;

    private ServiceSetIndex(ServiceSet[][] chunks) => _chunks = chunks;

    public static ServiceSetIndex Empty { get; } = new([]);

    public ServiceSet this[long id] => (id >> Shift) < _chunks.Length ? _chunks[id >> Shift][id & Mask] : default;

    public static ServiceSetIndex Build(IEnumerable<Node> nodes, long maxId)
    {
        var chunks = new ServiceSet[(maxId >> Shift) + 1][];
        for (var c = 0; c < chunks.Length; c++) chunks[c] = new ServiceSet[ChunkedArray<object>.ChunkSize];
        foreach (var n in nodes) chunks[n.Id >> Shift][n.Id & Mask] = ServiceSet.Of(NodeFacets.Services(n));
        return new ServiceSetIndex(chunks);
    }

    public ServiceSetIndex Apply(IEnumerable<KeyValuePair<long, Node?>> changes)
    {
        ServiceSet[][]? outer = null;
        HashSet<long>? copied = null;
        foreach (var (id, node) in changes)
        {
            var c = id >> Shift;
            outer ??= (ServiceSet[][])_chunks.Clone();
            if (c >= outer.Length)
            {
                var grown = new ServiceSet[Math.Max(c + 1, outer.Length * 2)][];
                Array.Copy(outer, grown, outer.Length);
                for (var i = outer.Length; i < grown.Length; i++) grown[i] = new ServiceSet[ChunkedArray<object>.ChunkSize];
                copied ??= [];
                for (long i = outer.Length; i < grown.Length; i++) copied.Add(i);
                outer = grown;
            }
            copied ??= [];
            if (copied.Add(c)) outer[c] = (ServiceSet[])outer[c].Clone();
            outer[c][id & Mask] = node is null ? default : ServiceSet.Of(NodeFacets.Services(node));
        }
        return outer is null ? this : new ServiceSetIndex(outer);
    }
}
