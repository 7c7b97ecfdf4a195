using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;
using ResourceHub.Graph.Taxonomy;

namespace ResourceHub.Graph.Index;

/// <summary>
/// Per node, what a search reads of every node it passes before (or instead of) the node itself: its kind, one
/// byte, and its service set (what it offers or asks). Chunked like the node array, so matching can pass by people
/// and records and reject helpers that offer nothing asked without dereferencing a node. Immutable; a change copies
/// only the chunks it touches.
/// </summary>
internal sealed class NodeFacetIndex
{
    private readonly ChunkedArray<ServiceSet> _services;
    private readonly ChunkedArray<byte> _kinds; // NodeKind fits a byte: a megabyte per million nodes

    private NodeFacetIndex(ChunkedArray<ServiceSet> services, ChunkedArray<byte> kinds)
    {
        _services = services;
        _kinds = kinds;
    }

    public static NodeFacetIndex Empty { get; } = new(ChunkedArray<ServiceSet>.Empty, ChunkedArray<byte>.Empty);

    /// <summary>The service set of a node; empty for none.</summary>
    public ServiceSet Services(long id) => _services[id];

    /// <summary>The kind of a node; 0 for none.</summary>
    public NodeKind Kind(long id) => (NodeKind)_kinds[id];

    public static NodeFacetIndex Build(IReadOnlyCollection<Node> nodes) =>
        Empty.Apply(nodes.Select(n => KeyValuePair.Create(n.Id, (Node?)n)));

    public NodeFacetIndex Apply(IEnumerable<KeyValuePair<long, Node?>> changes)
    {
        var list = changes as IReadOnlyCollection<KeyValuePair<long, Node?>> ?? [.. changes];
        if (list.Count == 0) return this;
        return new NodeFacetIndex(
            _services.SetMany(list.Select(kv => KeyValuePair.Create(kv.Key, kv.Value is { } n ? ServiceSet.Of(NodeFacets.Services(n)) : default))),
            _kinds.SetMany(list.Select(kv => KeyValuePair.Create(kv.Key, (byte)(kv.Value?.Kind ?? default)))));
    }
}
