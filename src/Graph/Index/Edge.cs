using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Index;

/// <summary>One end of a link as seen from a node: the node at the other end, the link and its type.</summary>
/// <param name="OtherId">The node at the other end.</param>
/// <param name="LinkId">The link.</param>
/// <param name="Type">The link's type.</param>
public readonly record struct Edge(long OtherId, long LinkId, LinkType Type);
