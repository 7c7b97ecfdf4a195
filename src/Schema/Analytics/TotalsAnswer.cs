using ResourceHub.Graph.Analytics;

namespace ResourceHub.Schema.Analytics;

/// <summary>An area's totals, period by period.</summary>
/// <param name="AreaId">The area.</param>
/// <param name="From">First day.</param>
/// <param name="To">Last day.</param>
/// <param name="Interval">How long each period is.</param>
/// <param name="Periods">The periods, in order.</param>
public sealed record TotalsAnswer(long AreaId, DateOnly From, DateOnly To, TotalsInterval Interval, IReadOnlyList<PeriodTotal> Periods);
