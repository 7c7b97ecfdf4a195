namespace ResourceHub.Graph.Export.Hsds;

/// <summary>
/// What an HSDS API list asks of services (and of services at locations): every condition given must hold, as HSDS's
/// API reference says query parameters do.
/// </summary>
public sealed record HsdsServiceQuery
{
    /// <summary>Words that must all appear (case aside) in the service's name, description, terms or organization: 社工站 探访.</summary>
    public string? Search { get; init; }

    /// <summary>A taxonomy term: services under it (the term or one below it), or, for a situation, services for it.</summary>
    public Guid? TaxonomyTermId { get; init; }

    /// <summary>A taxonomy: services with some term of it.</summary>
    public Guid? TaxonomyId { get; init; }

    /// <summary>An organization: the services it offers.</summary>
    public Guid? OrganizationId { get; init; }

    /// <summary>Only what was modified on or after this instant.</summary>
    public DateTimeOffset? ModifiedAfter { get; init; }
}
