namespace ResourceHub.Graph.Analytics;

/// <summary>One community's open needs and its accessibility by the two-step floating catchment method.</summary>
/// <param name="CommunityId">The community.</param>
/// <param name="OpenNeeds">Its open needs (the demand).</param>
/// <param name="Unmet">Of those, the needs no qualified helper can reach.</param>
/// <param name="Helpers">Helpers whose catchment holds it.</param>
/// <param name="Accessibility">The sum, over those helpers, of each one's capacity over the demand in its catchment: capacity per open need within reach.</param>
public sealed record CommunityAccess(long CommunityId, int OpenNeeds, int Unmet, int Helpers, double Accessibility);
