namespace ResourceHub.Graph.Analytics;

/// <summary>How long each period of a series of totals is.</summary>
public enum TotalsInterval
{
    /// <summary>A calendar month (月).</summary>
    Month = 1,

    /// <summary>A calendar quarter (季度).</summary>
    Quarter = 2,

    /// <summary>A calendar year (年).</summary>
    Year = 3,
}
