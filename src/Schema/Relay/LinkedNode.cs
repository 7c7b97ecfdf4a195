using ResourceHub.Graph.Model;

namespace ResourceHub.Schema.Relay;

/// <summary>A node reached over a link, and the link.</summary>
/// <param name="Node">The node at the other end.</param>
/// <param name="Link">The link.</param>
/// <param name="Direction">Out when the link goes from the node asked about to this one.</param>
public sealed record LinkedNode(Node Node, Link Link, Direction Direction);
