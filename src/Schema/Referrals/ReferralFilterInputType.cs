using ResourceHub.Schema.Filters;
namespace ResourceHub.Schema.Referrals;

/// <summary>The filter of the Referral list.</summary>
public sealed class ReferralFilterInputType : NodeFilterInputType<ReferralFilterInputType>
{
    /// <summary>Declares the fields.</summary>
    public ReferralFilterInputType() : base("Referral", "转介")
    {
    }
}
