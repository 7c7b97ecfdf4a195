using GraphQL.Types;
using ResourceHub.Graph.Analytics;

namespace ResourceHub.Schema.Analytics;

/// <summary>How long each period of a series of totals is.</summary>
public sealed class TotalsIntervalType : EnumerationGraphType<TotalsInterval>
{
    /// <summary>Declares the values.</summary>
    public TotalsIntervalType()
    {
        Name = "TotalsInterval";
        Description = "How long each period of a series of totals is: a calendar month, quarter or year (统计周期).";
    }
}
