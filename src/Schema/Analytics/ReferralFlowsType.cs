using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Areas;

namespace ResourceHub.Schema.Analytics;

/// <summary>How referrals flow in an area over a period.</summary>
public sealed class ReferralFlowsType : ObjectGraphType<FlowsAnswer>
{
    /// <summary>Declares the fields.</summary>
    public ReferralFlowsType()
    {
        Name = "ReferralFlows";
        Description = "How the referrals of an area's needs, sent in a period, flow between organizations (转介流向).";
        Field<NonNullGraphType<AreaType>>("area").Description("The area it covers (区域).").Resolve(c => c.Snapshot().Node<Area>(c.Source.AreaId));
        Field<DateOnlyGraphType>("from").Description("First day; open when null (开始日期).").Resolve(c => c.Source.Period.From);
        Field<DateOnlyGraphType>("to").Description("Last day; open when null (结束日期).").Resolve(c => c.Source.Period.To);
        Field<NonNullGraphType<IntGraphType>>("referrals").Description("Referrals counted (转介数).").Resolve(c => c.Source.Flows.Sum(f => f.Referrals));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReferralFlowType>>>>("flows").Description("From one organization to another, most referrals first (流向).").Resolve(c => c.Source.Flows);
    }
}
