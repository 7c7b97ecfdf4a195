using GraphQL.Types;
using ResourceHub.Graph.Analytics;

namespace ResourceHub.Schema.Analytics;

/// <summary>What an area did in one period.</summary>
public sealed class PeriodTotalType : ObjectGraphType<PeriodTotal>
{
    /// <summary>Declares the fields.</summary>
    public PeriodTotalType()
    {
        Name = "PeriodTotal";
        Description = "What an area did in one period (本期统计).";
        Field<NonNullGraphType<DateOnlyGraphType>>("from").Description("First day (开始日期).").Resolve(c => c.Source.From);
        Field<NonNullGraphType<DateOnlyGraphType>>("to").Description("Last day (结束日期).").Resolve(c => c.Source.To);
        Field<NonNullGraphType<IntGraphType>>("needsPosted").Description("Needs posted (新增需求).").Resolve(c => c.Source.NeedsPosted);
        Field<NonNullGraphType<IntGraphType>>("needsMet").Description("Needs met: a referral completed with help given, or, with none, marked met (满足需求).").Resolve(c => c.Source.NeedsMet);
        Field<NonNullGraphType<IntGraphType>>("referralsSent").Description("Referrals sent (发出转介).").Resolve(c => c.Source.ReferralsSent);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReferralStatusCountType>>>>("referralsByStatus").Description("Of those, how many stand at each status now (按状态).").Resolve(c => c.Source.ReferralsByStatus.OrderBy(kv => kv.Key).ToList());
        Field<NonNullGraphType<IntGraphType>>("serviceRecords").Description("Service records dated in it (服务记录).").Resolve(c => c.Source.ServiceRecords);
        Field<NonNullGraphType<DecimalGraphType>>("hoursServed").Description("Their hours (服务时长).").Resolve(c => c.Source.HoursServed);
        Field<NonNullGraphType<DecimalGraphType>>("creditsBanked").Description("Time-bank credits earned (时间币存入).").Resolve(c => c.Source.CreditsBanked);
    }
}
