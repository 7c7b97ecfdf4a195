using ResourceHub.Graph.Model;
using ResourceHub.Schema.Common;

namespace ResourceHub.Schema.Analytics;

/// <summary>How many completed referrals ended one way.</summary>
public sealed class ReferralOutcomeCountType() : EnumCountType<ReferralOutcome>("ReferralOutcomeCount", "How many completed referrals ended one way (按结果计数).", "outcome", "The outcome (结果).");
