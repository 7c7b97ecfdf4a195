namespace ResourceHub.Graph.Model;

/// <summary>One step of a referral's lifecycle: who moved it, when and why.</summary>
public sealed record ReferralTransition
{
    /// <summary>Status before.</summary>
    public ReferralStatus? From { get; init; }

    /// <summary>Status after.</summary>
    public ReferralStatus To { get; init; }

    /// <summary>When.</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>Who made the step, as a node: the social worker, organization or volunteer acting; null for the hub itself (expiry).</summary>
    public long? ById { get; init; }

    /// <summary>Who made the step, as the subject who signed in (or <c>system</c>); kept for the record, not shown to others.</summary>
    public string? By { get; init; }

    /// <summary>Why, where the step requires a reason.</summary>
    public string? Reason { get; init; }
}
