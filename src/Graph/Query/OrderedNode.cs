using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Query;

/// <summary>A node with the key it was ordered by: <see cref="Text"/> for names, <see cref="Number"/> for times and distances.</summary>
/// <param name="Node">The node.</param>
/// <param name="Text">The text key (name), or null.</param>
/// <param name="Number">The numeric key (creation time, distance in km), or 0.</param>
public readonly record struct OrderedNode(Node Node, string? Text, double Number);
