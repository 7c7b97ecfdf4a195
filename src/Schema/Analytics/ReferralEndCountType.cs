using GraphQL;
using GraphQL.Types;

namespace ResourceHub.Schema.Analytics;

/// <summary>How many closed referrals ended one way.</summary>
public sealed class ReferralEndCountType : ObjectGraphType<KeyValuePair<string, int>>
{
    /// <summary>Declares the fields.</summary>
    public ReferralEndCountType()
    {
        Name = "ReferralEndCount";
        Description = "How many closed referrals ended one way: GOT_HELP, COULD_NOT_HELP or NO_LONGER_NEEDED when completed, else DECLINED, FAILED, CANCELLED or EXPIRED (转介结果计数).";
        Field<NonNullGraphType<StringGraphType>>("end").Description("How they ended (结果).").Resolve(c => c.Source.Key.ToConstantCase());
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many (数量).").Resolve(c => c.Source.Value);
    }
}
