using ResourceHub.Graph.Analytics;

namespace ResourceHub.Schema.Analytics;

/// <summary>The linkage coverage of an area's communities, as of a day.</summary>
/// <param name="AreaId">The area asked about.</param>
/// <param name="AsOf">The day, or null for today's network.</param>
/// <param name="Communities">Each community, by code.</param>
public sealed record CoverageMap(long AreaId, DateOnly? AsOf, IReadOnlyList<CommunityCoverage> Communities);
