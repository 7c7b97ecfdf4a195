using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Query;

/// <summary>Has a link to or from a given node, optionally of one type and direction.</summary>
/// <param name="NodeId">The node at the other end.</param>
/// <param name="Type">The link type; null means any.</param>
/// <param name="Direction">Out: the candidate links to the node; In: the node links to the candidate; null: either.</param>
public sealed record LinkedTo(long NodeId, LinkType? Type, Direction? Direction);
