using GraphQL.Types;
using ResourceHub.Graph.Analytics;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Analytics;

/// <summary>Referrals from one organization to another.</summary>
public sealed class ReferralFlowType : ObjectGraphType<ReferralFlow>
{
    /// <summary>Declares the fields.</summary>
    public ReferralFlowType()
    {
        Name = "ReferralFlow";
        Description = "Referrals from one organization to another, by status and outcome (转介流向).";
        Field<NonNullGraphType<NodeInterface>>("from").Description("The sending side: the sender, or the organization a sending person belongs to (转出方).").Resolve(c => c.Snapshot().Node(c.Source.FromId));
        Field<NonNullGraphType<NodeInterface>>("to").Description("The helping side: the helper, or the organization a helping person belongs to (承接方).").Resolve(c => c.Snapshot().Node(c.Source.ToId));
        Field<NonNullGraphType<IntGraphType>>("referrals").Description("How many referrals (转介数).").Resolve(c => c.Source.Referrals);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReferralStatusCountType>>>>("byStatus").Description("How many stand at each status (按状态).").Resolve(c => c.Source.ByStatus.OrderBy(kv => kv.Key).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReferralOutcomeCountType>>>>("byOutcome").Description("How many of the completed ended each way (按结果).").Resolve(c => c.Source.ByOutcome.OrderBy(kv => kv.Key).ToList());
    }
}
