namespace ResourceHub.Graph.Analytics;

/// <summary>The brokers of an area's support network, with how they were measured.</summary>
/// <param name="AreaId">The area.</param>
/// <param name="Nodes">Nodes of its support network.</param>
/// <param name="Ties">Ties of its support network.</param>
/// <param name="Exact">True when measured from every node; false when from a sample of sources.</param>
/// <param name="Sources">How many sources were searched from.</param>
/// <param name="ErrorBound">For a sample: every normalized score is within this of the exact one, with <see cref="Betweenness.Confidence"/>.</param>
/// <param name="Brokers">Organizations and social workers, highest betweenness first (ties by id).</param>
public sealed record BrokerRanking(long AreaId, int Nodes, int Ties, bool Exact, int Sources, double? ErrorBound, IReadOnlyList<Broker> Brokers);
