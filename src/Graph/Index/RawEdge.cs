using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Index;

/// <summary>An edge being placed into a block: the node's slot within the block, the other node, the link, its type.</summary>
internal readonly record struct RawEdge(int Local, int Other, int Link, LinkType Type);
