using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Referrals;

/// <summary>
/// The lifecycle of a referral, after the HL7 FHIR task: which action moves which status where, whose step it is, and
/// what it must say. The one table every path reads: the commands, the write path's validator and the access policy.
/// </summary>
/// <remarks>
/// DRAFT →send→ SENT; SENT →accept→ ACCEPTED, →decline(reason)→ DECLINED, →expire→ EXPIRED;
/// ACCEPTED →start→ IN_PROGRESS; ACCEPTED or IN_PROGRESS →hold→ ON_HOLD →resume→ IN_PROGRESS;
/// IN_PROGRESS →complete(outcome)→ COMPLETED; ACCEPTED, IN_PROGRESS or ON_HOLD →fail(reason)→ FAILED;
/// DRAFT, SENT, ACCEPTED, IN_PROGRESS or ON_HOLD →cancel→ CANCELLED. DECLINED, COMPLETED, FAILED, CANCELLED and
/// EXPIRED are final.
/// </remarks>
public static class ReferralMachine
{
    private static readonly (ReferralAction Action, ReferralStatus[] From, ReferralStatus To, ReferralSide Side)[] Table =
    [
        (ReferralAction.Send, [ReferralStatus.Draft], ReferralStatus.Sent, ReferralSide.Sender),
        (ReferralAction.Accept, [ReferralStatus.Sent], ReferralStatus.Accepted, ReferralSide.Helper),
        (ReferralAction.Decline, [ReferralStatus.Sent], ReferralStatus.Declined, ReferralSide.Helper),
        (ReferralAction.Start, [ReferralStatus.Accepted], ReferralStatus.InProgress, ReferralSide.Helper),
        (ReferralAction.Hold, [ReferralStatus.Accepted, ReferralStatus.InProgress], ReferralStatus.OnHold, ReferralSide.Helper),
        (ReferralAction.Resume, [ReferralStatus.OnHold], ReferralStatus.InProgress, ReferralSide.Helper),
        (ReferralAction.Complete, [ReferralStatus.InProgress], ReferralStatus.Completed, ReferralSide.Helper),
        (ReferralAction.Fail, [ReferralStatus.Accepted, ReferralStatus.InProgress, ReferralStatus.OnHold], ReferralStatus.Failed, ReferralSide.Helper),
        (ReferralAction.Cancel, [ReferralStatus.Draft, ReferralStatus.Sent, ReferralStatus.Accepted, ReferralStatus.InProgress, ReferralStatus.OnHold],
            ReferralStatus.Cancelled, ReferralSide.Sender),
        (ReferralAction.Expire, [ReferralStatus.Sent], ReferralStatus.Expired, ReferralSide.Hub),
    ];

    /// <summary>Every action, in lifecycle order.</summary>
    public static IReadOnlyList<ReferralAction> Actions { get; } = [.. Table.Select(t => t.Action)];

    /// <summary>The status an action moves a referral to from <paramref name="from"/>; null when it may not be taken from there.</summary>
    public static ReferralStatus? Next(ReferralStatus from, ReferralAction action)
    {
        var row = Row(action);
        return row.From.Contains(from) ? row.To : null;
    }

    /// <summary>The statuses an action may be taken from.</summary>
    public static IReadOnlyList<ReferralStatus> From(ReferralAction action) => Row(action).From;

    /// <summary>Whose step an action is.</summary>
    public static ReferralSide SideOf(ReferralAction action) => Row(action).Side;

    /// <summary>The action that moves <paramref name="from"/> to <paramref name="to"/>; null when none does.</summary>
    public static ReferralAction? ActionOf(ReferralStatus from, ReferralStatus to)
    {
        foreach (var row in Table)
        {
            if (row.To == to && row.From.Contains(from)) return row.Action;
        }
        return null;
    }

    /// <summary>True when the action must say why (decline, fail).</summary>
    public static bool NeedsReason(ReferralAction action) => action is ReferralAction.Decline or ReferralAction.Fail;

    /// <summary>True for a referral under way: it holds one of the helpers the need asks for.</summary>
    public static bool IsActive(ReferralStatus status) => status is ReferralStatus.Accepted or ReferralStatus.InProgress or ReferralStatus.OnHold;

    /// <summary>True when nothing more can happen to it.</summary>
    public static bool IsFinal(ReferralStatus status) =>
        status is ReferralStatus.Declined or ReferralStatus.Completed or ReferralStatus.Failed or ReferralStatus.Cancelled or ReferralStatus.Expired;

    private static (ReferralAction Action, ReferralStatus[] From, ReferralStatus To, ReferralSide Side) Row(ReferralAction action)
    {
        foreach (var row in Table)
        {
            if (row.Action == action) return row;
        }
        throw new ArgumentOutOfRangeException(nameof(action), action, "not a referral action");
    }
}
