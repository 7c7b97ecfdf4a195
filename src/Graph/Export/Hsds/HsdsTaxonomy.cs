using System.Collections.Frozen;
using ResourceHub.Graph.Taxonomy;

namespace ResourceHub.Graph.Export.Hsds;

/// <summary>
/// The hub's taxonomy as HSDS taxonomies and terms: the services facet (服务类别) and the situations facet (服务对象情况),
/// each term with its code, its Chinese label as the name (language <c>zh</c>) and its English label as the description,
/// which HSDS requires and which has no field of its own for another language.
/// </summary>
public static class HsdsTaxonomy
{
    private static readonly FrozenDictionary<Guid, TaxonomyTerm> TermsById =
        ServiceTaxonomy.Services.Concat(ServiceTaxonomy.Situations).ToFrozenDictionary(HsdsIds.Term);

    private static readonly FrozenDictionary<Guid, TaxonomyFacet> FacetsById =
        Facets.ToFrozenDictionary(HsdsIds.Taxonomy);

    /// <summary>The facets, in order: services, then situations.</summary>
    public static IReadOnlyList<TaxonomyFacet> Facets => [TaxonomyFacet.Service, TaxonomyFacet.Situation];

    /// <summary>Every term: the services in catalogue order, then the situations.</summary>
    public static IReadOnlyList<TaxonomyTerm> Terms { get; } = [.. ServiceTaxonomy.Services, .. ServiceTaxonomy.Situations];

    /// <summary>The name of a facet's taxonomy.</summary>
    public static string NameOf(TaxonomyFacet facet) => facet == TaxonomyFacet.Service ? "ResourceHub 服务类别" : "ResourceHub 服务对象情况";

    /// <summary>What a facet's taxonomy is, in Chinese and English.</summary>
    public static string DescriptionOf(TaxonomyFacet facet) => facet == TaxonomyFacet.Service
        ? "五社联动社区养老服务的服务类别，层级代码（culture.performance.home-delivery）。The services offered or asked in the five-society network of community elderly care, as hierarchical codes."
        : "服务对象情况（高龄、失能、独居……）：服务只面向所列情况的老年人。The situations a helper serves (very old, disabled, living alone …): a service that lists some serves only those.";

    /// <summary>The version of the taxonomy.</summary>
    public const string Version = "1";

    /// <summary>The term with an HSDS id, or null.</summary>
    public static TaxonomyTerm? FindTerm(Guid id) => TermsById.GetValueOrDefault(id);

    /// <summary>The facet whose taxonomy has an HSDS id, or null.</summary>
    public static TaxonomyFacet? FindTaxonomy(Guid id) => FacetsById.TryGetValue(id, out var facet) ? facet : null;
}
