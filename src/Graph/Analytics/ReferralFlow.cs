using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Analytics;

/// <summary>Referrals from one organization to another, counted by where they stand and how they ended.</summary>
/// <param name="FromId">The sending side: the sender, or the organization a sending person belongs to.</param>
/// <param name="ToId">The helping side: the helper, or the organization a helping person belongs to (a volunteer with none stands for themselves).</param>
/// <param name="Referrals">How many referrals.</param>
/// <param name="ByStatus">How many stand at each status.</param>
/// <param name="ByOutcome">How many of the completed ended with each outcome.</param>
public sealed record ReferralFlow(long FromId, long ToId, int Referrals, IReadOnlyDictionary<ReferralStatus, int> ByStatus, IReadOnlyDictionary<ReferralOutcome, int> ByOutcome);
