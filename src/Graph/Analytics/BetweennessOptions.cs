namespace ResourceHub.Graph.Analytics;

/// <summary>How betweenness is computed.</summary>
public sealed record BetweennessOptions
{
    /// <summary>The default for <see cref="ExactMaxNodes"/>.</summary>
    public const int DefaultExactMaxNodes = 50_000;

    /// <summary>The default for <see cref="Samples"/>.</summary>
    public const int DefaultSamples = 500;

    /// <summary>Networks of at most this many nodes are measured exactly, from every source.</summary>
    public int ExactMaxNodes { get; init; } = DefaultExactMaxNodes;

    /// <summary>How many sources a larger network is measured from.</summary>
    public int Samples { get; init; } = DefaultSamples;

    /// <summary>How many threads may share the work.</summary>
    public int Parallelism { get; init; } = Math.Min(2, Environment.ProcessorCount);
}
