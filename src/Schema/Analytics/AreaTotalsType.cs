using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Areas;

namespace ResourceHub.Schema.Analytics;

/// <summary>An area's totals, period by period.</summary>
public sealed class AreaTotalsType : ObjectGraphType<TotalsAnswer>
{
    /// <summary>Declares the fields.</summary>
    public AreaTotalsType()
    {
        Name = "AreaTotals";
        Description = "What an area did, period by period: needs posted and met, referrals by status, hours served, credits banked (分期统计).";
        Field<NonNullGraphType<AreaType>>("area").Description("The area it covers (区域).").Resolve(c => c.Snapshot().Node<Area>(c.Source.AreaId));
        Field<NonNullGraphType<DateOnlyGraphType>>("from").Description("First day (开始日期).").Resolve(c => c.Source.From);
        Field<NonNullGraphType<DateOnlyGraphType>>("to").Description("Last day (结束日期).").Resolve(c => c.Source.To);
        Field<NonNullGraphType<TotalsIntervalType>>("interval").Description("How long each period is (周期).").Resolve(c => c.Source.Interval);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PeriodTotalType>>>>("periods").Description("The periods, in order; the first and last cut to the days asked (各期).").Resolve(c => c.Source.Periods);
    }
}
