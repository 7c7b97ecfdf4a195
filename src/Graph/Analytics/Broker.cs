namespace ResourceHub.Graph.Analytics;

/// <summary>An organization or social worker and how much of the support network's shortest paths pass through it.</summary>
/// <param name="NodeId">The organization or social worker.</param>
/// <param name="Betweenness">Betweenness: the shortest paths between pairs of other nodes that pass through it, each pair's paths counting one in all.</param>
/// <param name="Normalized">Betweenness over the pairs that could pass through it, (n − 1)(n − 2)/2: between 0 and 1.</param>
/// <param name="Ties">How many nodes of the support network it is tied to.</param>
public sealed record Broker(long NodeId, double Betweenness, double Normalized, int Ties);
