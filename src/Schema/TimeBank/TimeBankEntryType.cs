using GraphQL;
using GraphQL.Types;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Access;
using ResourceHub.Schema.Common;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.TimeBank;

/// <summary>An entry of the time-bank ledger.</summary>
public sealed class TimeBankEntryType : NodeType<TimeBankEntry>
{
    /// <summary>Declares the fields.</summary>
    public TimeBankEntryType() : base("TimeBankEntry", "An entry of the time-bank ledger (时间银行记账): credits moved from one account to another; never changed or removed.", located: false)
    {
        Field<NonNullGraphType<DescribedEnumType<TimeBankEntryKind>>>("kind").Description("What it does (类型).").Resolve(c => c.Source.EntryKind);
        Field<NodeInterface>("from").Description("The account the credits leave; null when they come from the bank (an earning) (转出账户).").Resolve(c => c.Source.FromId is { } id ? c.Snapshot().Node(id) : null);
        Field<NodeInterface>("to").Description("The account the credits go to; null when they go to the bank (a spending) (转入账户).").Resolve(c => c.Source.ToId is { } id ? c.Snapshot().Node(id) : null);
        Field<NonNullGraphType<DecimalGraphType>>("credits").Description("How many credits, in quarter hours (时间币).").Resolve(c => c.Source.Credits);
        Field<NonNullGraphType<DateOnlyGraphType>>("date").Description("The day it counts for (日期).").Resolve(c => c.Source.Date);
        Field<NodeInterface>("serviceRecord").Description("The hours served an earning is for (服务记录).").Resolve(c => c.Source.ServiceRecordId is { } id ? c.Snapshot().Node(id) : null);
        Field<StringGraphType>("reason").Description("Why: an adjustment's reason, or who the relative of a transfer is (说明). On an elder's account it tells of the elder: the holders of its accounts and those who serve the elder see it.")
            .Resolve(c => c.Source.Reason).Personal(PersonalFields.TimeBankEntryReason);
    }
}

/// <summary>An account's statement over a period.</summary>
public sealed class TimeBankStatementType : ObjectGraphType<Graph.TimeBank.TimeBankStatement>
{
    /// <summary>Declares the fields.</summary>
    public TimeBankStatementType()
    {
        Name = "TimeBankStatement";
        Description = "An account's time-bank standing over a period: what came in and went out, by kind, and the balance at its end (时间银行账户).";
        Field<NonNullGraphType<NodeInterface>>("account").Description("Whose account: a volunteer, an elder or an organization (账户).").Resolve(c => c.Snapshot().Node(c.Source.AccountId));
        Field<DateOnlyGraphType>("from").Description("First day of the period; open when null (开始日期).").Resolve(c => c.Source.From);
        Field<DateOnlyGraphType>("to").Description("Last day of the period; open when null (结束日期).").Resolve(c => c.Source.To);
        Field<NonNullGraphType<DecimalGraphType>>("balance").Description("Credits held at the end of the period (余额).").Resolve(c => c.Source.Balance);
        Field<NonNullGraphType<DecimalGraphType>>("earned").Description("Earned by hours served in the period (存入).").Resolve(c => c.Source.Earned);
        Field<NonNullGraphType<DecimalGraphType>>("spent").Description("Spent in the period (支取).").Resolve(c => c.Source.Spent);
        Field<NonNullGraphType<DecimalGraphType>>("transferredOut").Description("Transferred to relatives (转出).").Resolve(c => c.Source.TransferredOut);
        Field<NonNullGraphType<DecimalGraphType>>("transferredIn").Description("Received from relatives (转入).").Resolve(c => c.Source.TransferredIn);
        Field<NonNullGraphType<DecimalGraphType>>("donatedOut").Description("Donated (捐出).").Resolve(c => c.Source.DonatedOut);
        Field<NonNullGraphType<DecimalGraphType>>("donatedIn").Description("Received as donations (受赠).").Resolve(c => c.Source.DonatedIn);
        Field<NonNullGraphType<DecimalGraphType>>("adjusted").Description("Adjustments, added less removed (调整).").Resolve(c => c.Source.Adjusted);
        Field<NonNullGraphType<IntGraphType>>("entryCount").Description("Entries in the period (笔数).").Resolve(c => c.Source.Entries);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimeBankEntryType>>>>("entries")
            .Description("The period's entries, newest first (明细).")
            .Argument<IntGraphType>("first", "How many, 1 to 100; 20 when absent (数量).")
            .Resolve(c =>
            {
                var first = c.First(20);
                var s = c.Source;
                return Graph.TimeBank.TimeBankLedger.EntriesOf(c.Snapshot(), s.AccountId).Where(e => !(e.Date < s.From) && !(e.Date > s.To)).Reverse().Take(first).ToList();
            });
    }
}
