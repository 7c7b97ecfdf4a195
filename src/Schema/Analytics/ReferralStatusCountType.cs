using ResourceHub.Graph.Model;
using ResourceHub.Schema.Common;

namespace ResourceHub.Schema.Analytics;

/// <summary>How many referrals stand at one status.</summary>
public sealed class ReferralStatusCountType() : EnumCountType<ReferralStatus>("ReferralStatusCount", "How many referrals stand at one status (按状态计数).", "status", "The status (状态).");
