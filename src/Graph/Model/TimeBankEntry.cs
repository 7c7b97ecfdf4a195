namespace ResourceHub.Graph.Model;

/// <summary>What a time-bank entry does (时间银行记账类型).</summary>
public enum TimeBankEntryKind
{
    /// <summary>Credits earned by hours served: one per hour, rounded to the quarter hour, from a service record (存入).</summary>
    Earn = 1,
    /// <summary>Credits spent on help received (支取).</summary>
    Spend = 2,
    /// <summary>Credits given to a relative's account (转赠亲属).</summary>
    Transfer = 3,
    /// <summary>Credits donated to an elder or to an organization's pool (捐赠).</summary>
    Donate = 4,
    /// <summary>A correction by staff, with a reason (调整).</summary>
    Adjust = 5,
}

/// <summary>
/// One entry of the time-bank ledger (时间银行): credits moved from one account to another, either side the bank
/// itself when null (an earning comes from the bank, a spending goes to it). Accounts are volunteers', elders' and
/// organizations'; an account's balance is what entries brought in less what they took out. Append-only: an entry is
/// never changed or removed; a mistake is corrected by an adjustment.
/// </summary>
public sealed record TimeBankEntry : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.TimeBankEntry;

    /// <summary>What the entry does.</summary>
    public TimeBankEntryKind EntryKind { get; init; }

    /// <summary>The account credits leave: null for an earning (and an adjustment that adds).</summary>
    public long? FromId { get; init; }

    /// <summary>The account credits go to: null for a spending (and an adjustment that removes).</summary>
    public long? ToId { get; init; }

    /// <summary>How many credits, in quarter hours: more than 0.</summary>
    public decimal Credits { get; init; }

    /// <summary>The day it counts for.</summary>
    public DateOnly Date { get; init; }

    /// <summary>The hours served an earning is for; the help a spending paid for, when recorded.</summary>
    public long? ServiceRecordId { get; init; }

    /// <summary>Why: required of an adjustment; for a transfer, who the relative is.</summary>
    public string? Reason { get; init; }

    /// <summary>One hour served earns one credit, rounded to the nearest quarter hour (half a quarter rounds up).</summary>
    public static decimal CreditsFor(decimal hours) => Math.Round(hours * 4, MidpointRounding.AwayFromZero) / 4;

    /// <summary>What the entry does to an account's balance: what it brings in less what it takes out.</summary>
    public decimal EffectOn(long accountId) => (ToId == accountId ? Credits : 0) - (FromId == accountId ? Credits : 0);

    /// <summary>The nodes this entry names.</summary>
    public IEnumerable<NodeReference> GetReferences()
    {
        if (FromId is { } from) yield return new(nameof(FromId), from, [NodeKind.Volunteer, NodeKind.Elder, NodeKind.Organization]);
        if (ToId is { } to) yield return new(nameof(ToId), to, [NodeKind.Volunteer, NodeKind.Elder, NodeKind.Organization]);
        if (ServiceRecordId is { } record) yield return new(nameof(ServiceRecordId), record, [NodeKind.ServiceRecord]);
    }
}
