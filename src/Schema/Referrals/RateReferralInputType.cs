using GraphQL.Types;
using ResourceHub.Schema.Mutations;

namespace ResourceHub.Schema.Referrals;

/// <summary>The input of rating a completed referral.</summary>
public sealed class RateReferralInputType : InputObjectGraphType
{
    /// <summary>Declares the fields.</summary>
    public RateReferralInputType()
    {
        Name = "RateReferralInput";
        Description = "A completed referral, the version read, and the elder's side's rating of the help (服务评价).";
        this.AddIdAndVersion("Global id of the referral (转介).");
        Field<NonNullGraphType<IntGraphType>>("rating").Description("1 (poor) to 5 (excellent) (评分).");
        Field<StringGraphType>("comment").Description("What the elder's side says of the help, at most 500 characters (评价).");
    }

    /// <inheritdoc />
    public override object ParseDictionary(IDictionary<string, object?> value) => VersionedChangeInput.Read(value);
}
