using GraphQL;
using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.TimeBank;
using ResourceHub.Schema.Common;
using ResourceHub.Schema.Mutations;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.TimeBank;

/// <summary>The time-bank fields of the root query: one account's statement, and an area's totals.</summary>
public static class TimeBankQueries
{
    /// <summary>Adds timeBankStatement and timeBankTotals.</summary>
    public static void AddTimeBank(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<TimeBankStatementType>>("timeBankStatement")
            .Description("An account's time bank over a period (时间银行账户): for its holder, those who serve an elder holder, and staff of the area a volunteer or organization belongs to.")
            .Argument<NonNullGraphType<IdGraphType>>("accountId", "Global id of a volunteer, an elder or an organization (账户).")
            .Argument<DateOnlyGraphType>("from", "First day; open when absent (开始日期).")
            .Argument<DateOnlyGraphType>("to", "Last day; open when absent (结束日期).")
            .Resolve(c =>
            {
                var (from, to) = Period(c);
                long id;
                try
                {
                    id = InputValues.NodeId("accountId", c.GetArgument<string>("accountId"), NodeKind.Volunteer, NodeKind.Elder, NodeKind.Organization);
                }
                catch (InputValueException e)
                {
                    throw ResolveFieldContextExtensions.Error(HubErrorCodes.BadUserInput, $"accountId: {e.Message}");
                }
                // An account the caller may not see is as one that is not there: nothing tells them it exists.
                if (c.Snapshot().Node(id) is null || !c.Policy().MaySee(id) || !c.Policy().MaySeeAccount(id))
                    throw ResolveFieldContextExtensions.Error(HubErrorCodes.NotFound, "accountId: there is no such account the caller may read");
                return TimeBankLedger.Statement(c.Snapshot(), id, from, to);
            });
        query.Field<NonNullGraphType<TimeBankTotalsType>>("timeBankTotals")
            .Description("The time bank of an area over a period (时间银行统计): credits earned, spent, transferred, donated and adjusted by the accounts that belong to it, what they hold, and each account; for staff who serve or oversee the area.")
            .Argument<NonNullGraphType<StringGraphType>>("areaCode", "Statistical code of the area, e.g. 430112 (区划代码).")
            .Argument<DateOnlyGraphType>("from", "First day; open when absent (开始日期).")
            .Argument<DateOnlyGraphType>("to", "Last day; open when absent (结束日期).")
            .Resolve(c =>
            {
                var (from, to) = Period(c);
                var code = c.GetArgument<string>("areaCode").Trim();
                var area = c.Snapshot().AreaByCode(code) ?? throw ResolveFieldContextExtensions.Error(HubErrorCodes.NotFound, $"areaCode: there is no area with code '{code}'");
                if (!c.Policy().Oversees(area.Id))
                    throw ResolveFieldContextExtensions.Error(HubErrorCodes.Forbidden, "an area's time bank is read by the social workers who serve it, the officials who oversee it, and admins");
                return TimeBankLedger.Totals(c.Snapshot(), area.Id, from, to);
            });
    }

    private static (DateOnly? From, DateOnly? To) Period(IResolveFieldContext c)
    {
        var period = Analytics.AreaAnalyticsFields.Period(c);
        return (period.From, period.To);
    }
}

/// <summary>An area's time bank over a period.</summary>
public sealed class TimeBankTotalsType : ObjectGraphType<TimeBankTotals>
{
    /// <summary>Declares the fields.</summary>
    public TimeBankTotalsType()
    {
        Name = "TimeBankTotals";
        Description = "The time bank of an area over a period: the accounts that belong to it, by their home area (时间银行统计).";
        Field<NonNullGraphType<Areas.AreaType>>("area").Description("The area (区域).").Resolve(c => c.Snapshot().Node<Area>(c.Source.AreaId));
        Field<DateOnlyGraphType>("from").Description("First day; open when null (开始日期).").Resolve(c => c.Source.From);
        Field<DateOnlyGraphType>("to").Description("Last day; open when null (结束日期).").Resolve(c => c.Source.To);
        Field<NonNullGraphType<DecimalGraphType>>("earned").Description("Credits earned by hours served (存入).").Resolve(c => c.Source.Earned);
        Field<NonNullGraphType<DecimalGraphType>>("spent").Description("Credits spent (支取).").Resolve(c => c.Source.Spent);
        Field<NonNullGraphType<DecimalGraphType>>("transferred").Description("Credits transferred to relatives (转赠).").Resolve(c => c.Source.Transferred);
        Field<NonNullGraphType<DecimalGraphType>>("donated").Description("Credits donated (捐赠).").Resolve(c => c.Source.Donated);
        Field<NonNullGraphType<DecimalGraphType>>("adjusted").Description("Adjustments, added less removed (调整).").Resolve(c => c.Source.Adjusted);
        Field<NonNullGraphType<DecimalGraphType>>("balance").Description("What the accounts hold at the period's end (余额合计).").Resolve(c => c.Source.Balance);
        Field<NonNullGraphType<IntGraphType>>("entryCount").Description("Entries in the period (笔数).").Resolve(c => c.Source.Entries);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimeBankStatementType>>>>("accounts")
            .Description("Each account's statement, largest balance first (账户明细).")
            .Argument<IntGraphType>("first", "How many, 1 to 100; 20 when absent (数量).")
            .Resolve(c =>
            {
                var first = c.First(20);
                return c.Source.Accounts.Take(first).ToList();
            });
    }
}
