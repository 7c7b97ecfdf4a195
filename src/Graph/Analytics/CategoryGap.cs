namespace ResourceHub.Graph.Analytics;

/// <summary>Open needs asking for one service category, and how many of them no qualified helper can reach.</summary>
/// <param name="Category">The service category asked.</param>
/// <param name="OpenNeeds">Open needs asking for it.</param>
/// <param name="Unmet">Of those, the needs for which the matcher finds no qualified helper.</param>
public sealed record CategoryGap(string Category, int OpenNeeds, int Unmet);
