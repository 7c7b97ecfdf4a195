using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;
using ResourceHub.Graph.Taxonomy;

namespace ResourceHub.Graph.Index;

/// <summary>
/// Per node, what a search reads of every node it passes before (or instead of) the node itself: its kind, one
/// byte, and its service set (what it offers or asks). In chunks of 1,024 like the node array, so matching can
/// pass by people and records and reject helpers that offer nothing asked without dereferencing a node. Immutable;
/// a change copies only the chunks it touches.
/// </summary>
internal sealed class NodeFacetIndex
{
    private const int Shift = ChunkedArray<object>.Shift;
    private const int Mask = ChunkedArray<object>.ChunkSize - 1;
    private readonly ServiceSet[][] _services;
    private readonly byte[][] _kinds; // NodeKind fits a byte: a megabyte per million nodes

    private NodeFacetIndex(ServiceSet[][] services, byte[][] kinds)
    {
        _services = services;
        _kinds = kinds;
    }

    public static NodeFacetIndex Empty { get; } = new([], []);

    /// <summary>The service set of a node; empty for none.</summary>
    public ServiceSet Services(long id) => (id >> Shift) < _services.Length ? _services[id >> Shift][id & Mask] : default;

    /// <summary>The kind of a node; 0 for none.</summary>
    public NodeKind Kind(long id) => (id >> Shift) < _kinds.Length ? (NodeKind)_kinds[id >> Shift][id & Mask] : default;

    public static NodeFacetIndex Build(IEnumerable<Node> nodes, long maxId)
    {
        var chunks = (maxId >> Shift) + 1;
        var services = new ServiceSet[chunks][];
        var kinds = new byte[chunks][];
        for (var c = 0; c < chunks; c++)
        {
            services[c] = new ServiceSet[ChunkedArray<object>.ChunkSize];
            kinds[c] = new byte[ChunkedArray<object>.ChunkSize];
        }
        foreach (var n in nodes)
        {
            services[n.Id >> Shift][n.Id & Mask] = ServiceSet.Of(NodeFacets.Services(n));
            kinds[n.Id >> Shift][n.Id & Mask] = (byte)n.Kind;
        }
        return new NodeFacetIndex(services, kinds);
    }

    public NodeFacetIndex Apply(IEnumerable<KeyValuePair<long, Node?>> changes)
    {
        ServiceSet[][]? services = null;
        byte[][]? kinds = null;
        HashSet<long>? copied = null;
        foreach (var (id, node) in changes)
        {
            var c = id >> Shift;
            services ??= (ServiceSet[][])_services.Clone();
            kinds ??= (byte[][])_kinds.Clone();
            copied ??= [];
            if (c >= services.Length)
            {
                var size = Math.Max(c + 1, services.Length * 2);
                var grownServices = new ServiceSet[size][];
                var grownKinds = new byte[size][];
                Array.Copy(services, grownServices, services.Length);
                Array.Copy(kinds, grownKinds, kinds.Length);
                for (var i = services.Length; i < size; i++)
                {
                    grownServices[i] = new ServiceSet[ChunkedArray<object>.ChunkSize];
                    grownKinds[i] = new byte[ChunkedArray<object>.ChunkSize];
                    copied.Add(i);
                }
                services = grownServices;
                kinds = grownKinds;
            }
            if (copied.Add(c))
            {
                services[c] = (ServiceSet[])services[c].Clone();
                kinds[c] = (byte[])kinds[c].Clone();
            }
            services[c][id & Mask] = node is null ? default : ServiceSet.Of(NodeFacets.Services(node));
            kinds[c][id & Mask] = (byte)(node?.Kind ?? default);
        }
        return services is null ? this : new NodeFacetIndex(services, kinds!);
    }
}
