namespace ResourceHub.Schema.Analytics;

/// <summary>An area's support network as the map draws it: the nodes kept and the ties among them.</summary>
/// <param name="AreaId">The area.</param>
/// <param name="NodeCount">Nodes of the whole support network.</param>
/// <param name="TieCount">Ties of the whole support network.</param>
/// <param name="Nodes">The node ids kept: the areas, then the best-tied others, at most the number asked.</param>
/// <param name="Ties">The ties among the kept nodes, as pairs of positions in <paramref name="Nodes"/>.</param>
public sealed record SupportNetworkGraph(long AreaId, int NodeCount, int TieCount, IReadOnlyList<long> Nodes, IReadOnlyList<(int From, int To)> Ties)
{
    /// <summary>True when some nodes were left out.</summary>
    public bool Truncated => Nodes.Count < NodeCount;
}
