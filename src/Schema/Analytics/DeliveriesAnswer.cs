using ResourceHub.Graph.Analytics;

namespace ResourceHub.Schema.Analytics;

/// <summary>What the purchased projects of an area delivered over a period.</summary>
/// <param name="AreaId">The area.</param>
/// <param name="Period">The period asked about.</param>
/// <param name="Projects">The projects, by id.</param>
public sealed record DeliveriesAnswer(long AreaId, AnalyticsPeriod Period, IReadOnlyList<ProjectDelivery> Projects);
