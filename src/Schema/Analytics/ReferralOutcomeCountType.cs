using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Common;

namespace ResourceHub.Schema.Analytics;

/// <summary>How many completed referrals ended one way.</summary>
public sealed class ReferralOutcomeCountType : ObjectGraphType<KeyValuePair<ReferralOutcome, int>>
{
    /// <summary>Declares the fields.</summary>
    public ReferralOutcomeCountType()
    {
        Name = "ReferralOutcomeCount";
        Description = "How many completed referrals ended one way (按结果计数).";
        Field<NonNullGraphType<DescribedEnumType<ReferralOutcome>>>("outcome").Description("The outcome (结果).").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many (数量).").Resolve(c => c.Source.Value);
    }
}
