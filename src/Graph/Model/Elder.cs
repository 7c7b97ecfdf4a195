namespace ResourceHub.Graph.Model;

/// <summary>
/// An older resident (老年人). Name, phone, address, mobility, health notes and situations are sensitive
/// personal information: shown only to those who serve the elder, masked for everyone else.
/// </summary>
public sealed record Elder : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Elder;

    /// <summary>Age band; no birth date is kept.</summary>
    public AgeBand AgeBand { get; init; }

    /// <summary>With whom the elder lives.</summary>
    public LivingSituation Living { get; init; }

    /// <summary>Ability to look after themselves.</summary>
    public Mobility Mobility { get; init; }

    /// <summary>Situations, as situation taxonomy codes (高龄, 独居, 低保 …).</summary>
    public IReadOnlyList<string> Situations { get; init; } = [];

    /// <summary>Interests, as service taxonomy codes.</summary>
    public IReadOnlyList<string> Interests { get; init; } = [];

    /// <summary>Phone number; personal data.</summary>
    public string? Phone { get; init; }

    /// <summary>Street address; personal data.</summary>
    public string? Address { get; init; }

    /// <summary>Health notes; personal data.</summary>
    public string? HealthNotes { get; init; }

    /// <summary>When the elder's personal data was erased on request (PIPL); the de-identified record is kept.</summary>
    public DateTimeOffset? ErasedAt { get; init; }
}
