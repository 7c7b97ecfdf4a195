namespace ResourceHub.Graph.Analytics;

/// <summary>Every node's betweenness in a support network, by position.</summary>
/// <param name="Scores">Betweenness by node position (unordered pairs).</param>
/// <param name="Exact">True when every node was a source.</param>
/// <param name="Sources">How many sources were searched from.</param>
/// <param name="ErrorBound">For a sample: the bound on the error of every normalized score, at <see cref="Betweenness.Confidence"/>.</param>
public sealed record BetweennessScores(IReadOnlyList<double> Scores, bool Exact, int Sources, double? ErrorBound);
