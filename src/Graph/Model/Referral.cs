namespace ResourceHub.Graph.Model;

/// <summary>A referral (转介) of a need to a helper, with every transition kept.</summary>
public sealed record Referral : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Referral;

    /// <summary>The need referred.</summary>
    public long NeedId { get; init; }

    /// <summary>The helper referred to: volunteer, social worker, organization or resource.</summary>
    public long HelperId { get; init; }

    /// <summary>Who sent it: a social worker or an organization.</summary>
    public long SenderId { get; init; }

    /// <summary>Where it stands.</summary>
    public ReferralStatus Status { get; init; }

    /// <summary>How it ended, once completed.</summary>
    public ReferralOutcome? Outcome { get; init; }

    /// <summary>
    /// The elder's consent the referral relies on to share the elder's personal data with the helper's side; without one
    /// (or once it is withdrawn) the helper sees the need de-identified.
    /// </summary>
    public long? ConsentId { get; init; }

    /// <summary>The elder's side's rating of the help (1–5), given once the referral is completed.</summary>
    public int? Rating { get; init; }

    /// <summary>The elder's side's comment on the help, given with the rating.</summary>
    public string? RatingComment { get; init; }

    /// <summary>When the rating was given.</summary>
    public DateTimeOffset? RatedAt { get; init; }

    /// <summary>Every transition, oldest first.</summary>
    public IReadOnlyList<ReferralTransition> History { get; init; } = [];

    /// <summary>When the referral last came to <paramref name="status"/>, by its history; null when it never did.</summary>
    public DateTimeOffset? LastAt(ReferralStatus status)
    {
        for (var i = History.Count - 1; i >= 0; i--)
        {
            if (History[i].To == status) return History[i].At;
        }
        return null;
    }

    /// <summary>The nodes this record names.</summary>
    public IEnumerable<NodeReference> GetReferences()
    {
        yield return new(nameof(NeedId), NeedId, [NodeKind.Need]);
        yield return new(nameof(HelperId), HelperId, [NodeKind.Volunteer, NodeKind.SocialWorker, NodeKind.Organization, NodeKind.Resource]);
        yield return new(nameof(SenderId), SenderId, [NodeKind.SocialWorker, NodeKind.Organization]);
        if (ConsentId is { } consent) yield return new(nameof(ConsentId), consent, [NodeKind.Consent]);
        foreach (var step in History)
        {
            if (step.ById is { } by) yield return new("History.ById", by, [NodeKind.SocialWorker, NodeKind.Organization, NodeKind.Volunteer]);
        }
    }
}
