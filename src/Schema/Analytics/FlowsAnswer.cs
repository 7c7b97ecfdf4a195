using ResourceHub.Graph.Analytics;

namespace ResourceHub.Schema.Analytics;

/// <summary>The referral flows of an area over a period.</summary>
/// <param name="AreaId">The area.</param>
/// <param name="Period">The days the referrals were sent in.</param>
/// <param name="Flows">The flows, most referrals first.</param>
public sealed record FlowsAnswer(long AreaId, AnalyticsPeriod Period, IReadOnlyList<ReferralFlow> Flows);
