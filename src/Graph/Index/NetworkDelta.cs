using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Index;

/// <summary>
/// What one committed change did, in final form (real ids, new versions): the nodes and links written and the
/// ids removed. The write path applies it to the index after the commit; a follower builds it from the change log.
/// </summary>
public sealed class NetworkDelta
{
    /// <summary>Nodes created or updated, as they now are.</summary>
    public List<Node> UpsertedNodes { get; } = [];

    /// <summary>Ids of nodes deleted.</summary>
    public List<long> DeletedNodes { get; } = [];

    /// <summary>Links created or updated, as they now are.</summary>
    public List<Link> UpsertedLinks { get; } = [];

    /// <summary>Ids of links deleted.</summary>
    public List<long> DeletedLinks { get; } = [];

    /// <summary>True when nothing changes.</summary>
    public bool IsEmpty => UpsertedNodes.Count == 0 && DeletedNodes.Count == 0 && UpsertedLinks.Count == 0 && DeletedLinks.Count == 0;
}
