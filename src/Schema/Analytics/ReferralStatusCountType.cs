using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Common;

namespace ResourceHub.Schema.Analytics;

/// <summary>How many referrals stand at one status.</summary>
public sealed class ReferralStatusCountType : ObjectGraphType<KeyValuePair<ReferralStatus, int>>
{
    /// <summary>Declares the fields.</summary>
    public ReferralStatusCountType()
    {
        Name = "ReferralStatusCount";
        Description = "How many referrals stand at one status (按状态计数).";
        Field<NonNullGraphType<DescribedEnumType<ReferralStatus>>>("status").Description("The status (状态).").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many (数量).").Resolve(c => c.Source.Value);
    }
}
