namespace ResourceHub.Graph.Analytics;

/// <summary>How betweenness is computed.</summary>
public sealed record BetweennessOptions
{
    /// <summary>
    /// The default for <see cref="ExactMaxNodes"/>: measured on the 2-core machine this is built on, an exact count takes
    /// about 4.5 s at 8,000 nodes and grows with nodes times ties, so 10,000 keeps the first answer within a request's
    /// 10 s; a faster server may raise it (Hub:Analytics:ExactBetweennessMaxNodes).
    /// </summary>
    public const int DefaultExactMaxNodes = 10_000;

    /// <summary>The default for <see cref="WorkBudget"/>: about 3 s of searching on this machine.</summary>
    public const long DefaultWorkBudget = 300_000_000;

    /// <summary>The default for <see cref="Samples"/>.</summary>
    public const int DefaultSamples = 500;

    /// <summary>Networks of at most this many nodes are measured exactly, from every source.</summary>
    public int ExactMaxNodes { get; init; } = DefaultExactMaxNodes;

    /// <summary>How many sources a larger network is measured from, at most.</summary>
    public int Samples { get; init; } = DefaultSamples;

    /// <summary>
    /// How many node and tie visits a sample may make in all: a network too large for <see cref="Samples"/> sources within
    /// it is measured from fewer (never fewer than <see cref="MinSamples"/>), and its error bound says so.
    /// </summary>
    public long WorkBudget { get; init; } = DefaultWorkBudget;

    /// <summary>The fewest sources a sample is made of.</summary>
    public int MinSamples { get; init; } = 50;

    /// <summary>How many threads may share the work.</summary>
    public int Parallelism { get; init; } = Math.Min(2, Environment.ProcessorCount);
}
