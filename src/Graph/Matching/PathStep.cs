using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Matching;

/// <summary>One node of an explanation path, and the link that led to it from the previous node.</summary>
/// <param name="NodeId">The node.</param>
/// <param name="Via">The link type from the previous node; null for the first node and for a step by distance.</param>
/// <param name="Direction">Out when the link goes from the previous node to this one, In when it comes from this one.</param>
public readonly record struct PathStep(long NodeId, LinkType? Via, Direction? Direction);
