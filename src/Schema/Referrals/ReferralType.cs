using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Common;

namespace ResourceHub.Schema.Referrals;

/// <summary>A referral.</summary>
public sealed class ReferralType : NodeType<Referral>
{
    /// <summary>Declares the fields.</summary>
    public ReferralType() : base("Referral", "A referral of a need to a helper, followed to the end (转介).", located: false)
    {
        Field<NonNullGraphType<DescribedEnumType<ReferralStatus>>>("status").Description("Where it stands (状态).").Resolve(c => c.Source.Status);
        Field<DescribedEnumType<ReferralOutcome>>("outcome").Description("How it ended, once completed (结果).").Resolve(c => c.Source.Outcome);
    }
}
