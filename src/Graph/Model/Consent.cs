namespace ResourceHub.Graph.Model;

/// <summary>An elder's separate consent (单独同意) to share personal data for a purpose, withdrawable.</summary>
public sealed record Consent : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Consent;

    /// <summary>Whose consent.</summary>
    public long ElderId { get; init; }

    /// <summary>What for (e.g. referral, home-delivered performance).</summary>
    public string Purpose { get; init; } = "";

    /// <summary>Which data may be shared (name, phone, address, mobility, health …).</summary>
    public IReadOnlyList<string> Scope { get; init; } = [];

    /// <summary>With whom: an organization, social worker or volunteer; null means the sender's chosen helper.</summary>
    public long? RecipientId { get; init; }

    /// <summary>When it was given.</summary>
    public DateTimeOffset GivenAt { get; init; }

    /// <summary>When it was withdrawn, if it was.</summary>
    public DateTimeOffset? WithdrawnAt { get; init; }

    /// <summary>The nodes this record names.</summary>
    public IEnumerable<NodeReference> GetReferences()
    {
        yield return new(nameof(ElderId), ElderId, [NodeKind.Elder]);
        if (RecipientId is { } r)
            yield return new(nameof(RecipientId), r, [NodeKind.Organization, NodeKind.SocialWorker, NodeKind.Volunteer]);
    }
}
