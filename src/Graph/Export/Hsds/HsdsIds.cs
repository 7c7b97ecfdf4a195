using System.Collections.Frozen;
using System.Globalization;
using ResourceHub.Graph.Taxonomy;

namespace ResourceHub.Graph.Export.Hsds;

/// <summary>
/// The HSDS ids of the directory: version-5 UUIDs over one fixed namespace and a name made of what the object is and
/// the hub's ids (<c>organization:140</c>, <c>service:140:social-work.case</c>), so every export and every API answer
/// gives an object the same id, whatever area or page it came in.
/// </summary>
public static class HsdsIds
{
    /// <summary>The namespace of every ResourceHub HSDS id. Never change it: ids already handed out would all change.</summary>
    public static Guid Namespace { get; } = new("f03ed8c6-74bc-4dd5-a297-7194c270125f");

    /// <summary>The id of a name in <see cref="Namespace"/>.</summary>
    public static Guid Of(string name) => NameBasedUuid.Create(Namespace, name);

    /// <summary>An organization's id.</summary>
    public static Guid Organization(long id) => Of(Name("organization", id));

    /// <summary>The id of the service an organization offers under a service code.</summary>
    public static Guid Service(long organizationId, string code) => Of(Name("service", organizationId) + ":" + code);

    /// <summary>The id of an organization's home location.</summary>
    public static Guid OrganizationLocation(long organizationId) => Of(Name("location:organization", organizationId));

    /// <summary>The id of a venue's location.</summary>
    public static Guid VenueLocation(long resourceId) => Of(Name("location:resource", resourceId));

    /// <summary>The id of a service at a location.</summary>
    public static Guid ServiceAtLocation(Guid service, Guid location) => Of($"service_at_location:{service:D}:{location:D}");

    /// <summary>The id of a facet of the taxonomy.</summary>
    public static Guid Taxonomy(TaxonomyFacet facet) => facet == TaxonomyFacet.Service ? ServicesTaxonomy : SituationsTaxonomy;

    /// <summary>The id of a taxonomy term.</summary>
    public static Guid Term(TaxonomyTerm term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return TermIds.TryGetValue(term, out var id) ? id : TermId(term);
    }

    private static readonly Guid ServicesTaxonomy = Of("taxonomy:service");
    private static readonly Guid SituationsTaxonomy = Of("taxonomy:situation");

    // Terms are named in every service's attributes: their ids are worked out once.
    private static readonly FrozenDictionary<TaxonomyTerm, Guid> TermIds =
        ServiceTaxonomy.Services.Concat(ServiceTaxonomy.Situations).ToFrozenDictionary(t => t, TermId);

    private static Guid TermId(TaxonomyTerm term) => Of($"taxonomy_term:{term.Facet.ToString().ToLowerInvariant()}:{term.Code}");

    /// <summary>The id of a part of an object (an attribute, a schedule, a phone …): the object's id and what the part is.</summary>
    public static Guid Part(Guid owner, string part) => Of($"{owner:D}/{part}");

    private static string Name(string what, long id) => what + ":" + id.ToString(CultureInfo.InvariantCulture);
}
