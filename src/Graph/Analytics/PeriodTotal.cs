using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Analytics;

/// <summary>What an area did in one period.</summary>
/// <param name="From">First day.</param>
/// <param name="To">Last day.</param>
/// <param name="NeedsPosted">Needs posted (recorded) in the period.</param>
/// <param name="NeedsMet">Needs met in the period: a referral completed with help given, or, with none, marked met.</param>
/// <param name="ReferralsSent">Referrals sent in the period.</param>
/// <param name="ReferralsByStatus">Of those, how many stand at each status now.</param>
/// <param name="ServiceRecords">Service records dated in the period.</param>
/// <param name="HoursServed">Their hours.</param>
/// <param name="CreditsBanked">Time-bank credits earned in the period.</param>
public sealed record PeriodTotal(DateOnly From, DateOnly To, int NeedsPosted, int NeedsMet, int ReferralsSent,
    IReadOnlyDictionary<ReferralStatus, int> ReferralsByStatus, int ServiceRecords, decimal HoursServed, decimal CreditsBanked);
