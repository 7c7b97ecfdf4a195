using ResourceHub.Graph.Analytics;

namespace ResourceHub.Schema.Analytics;

/// <summary>One community's linkage.</summary>
/// <param name="CommunityId">The community.</param>
/// <param name="Since">Since when each society has served it.</param>
public sealed record CommunityCoverage(long CommunityId, SocietiesSince Since);
