using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Mutations;

namespace ResourceHub.Schema.TimeBank;

/// <summary>What an entry of the time-bank ledger is written with; it is only ever added, never updated or deleted.</summary>
public sealed class TimeBankEntryInputs : KindInputs
{
    private static readonly NodeKind[] Accounts = [NodeKind.Volunteer, NodeKind.Elder, NodeKind.Organization];

    /// <summary>Declares the fields.</summary>
    public TimeBankEntryInputs() : base(NodeKind.TimeBankEntry, "时间银行记账", located: false)
    {
        Enum<TimeBankEntryKind>("kind", "What it does: EARN (from a service record), SPEND, TRANSFER (to a relative), DONATE, ADJUST (with a reason) (类型).", required: true,
            (n, v) => ((TimeBankEntry)n) with { EntryKind = v });
        Add<IdGraphType>("fromId", "Global id of the account the credits leave: a volunteer, an elder or an organization; none for EARN (转出账户).", required: false,
            (n, v) => ((TimeBankEntry)n) with { FromId = v is null ? null : InputValues.NodeId("fromId", v, Accounts) });
        Add<IdGraphType>("toId", "Global id of the account the credits go to; none for SPEND (转入账户).", required: false,
            (n, v) => ((TimeBankEntry)n) with { ToId = v is null ? null : InputValues.NodeId("toId", v, Accounts) });
        Add<DecimalGraphType>("credits", "How many, in quarter hours (0.25, 0.5, …); an earning at most the hours served, rounded to the quarter hour (时间币).", required: true,
            (n, v) => ((TimeBankEntry)n) with { Credits = InputValues.Decimal(v) ?? 0 });
        Add<DateOnlyGraphType>("date", "The day it counts for (日期).", required: true, (n, v) => ((TimeBankEntry)n) with { Date = v is DateOnly d ? d : default });
        Add<IdGraphType>("serviceRecordId", "Global id of the service record an earning is for (服务记录).", required: false,
            (n, v) => ((TimeBankEntry)n) with { ServiceRecordId = v is null ? null : InputValues.NodeId("serviceRecordId", v, NodeKind.ServiceRecord) });
        Add<StringGraphType>("reason", "Why: required to ADJUST; for a TRANSFER, who the relative is (说明).", required: false,
            (n, v) => ((TimeBankEntry)n) with { Reason = (v as string)?.Trim() is { Length: > 0 } r ? r : null });
    }

    /// <inheritdoc />
    public override Node New() => new TimeBankEntry();
}
