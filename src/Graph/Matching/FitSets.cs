using ResourceHub.Graph.Taxonomy;

namespace ResourceHub.Graph.Matching;

/// <summary>
/// <see cref="HelperRules.CategoryFit"/> as bit operations: for each asked code, the codes that meet it in full
/// (equal or more specific) and by half (more general). Stored nodes hold only codes of the taxonomy (the write
/// path refuses others), so the bits of <see cref="Index.NetworkSnapshot.ServicesOf"/> say all a helper offers.
/// </summary>
internal sealed class FitSets
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, FitSets> OneAsk = new(StringComparer.Ordinal);

    private readonly (ServiceSet Full, ServiceSet Half)[] _asks;

    private FitSets((ServiceSet, ServiceSet)[] asks, ServiceSet related)
    {
        _asks = asks;
        Related = related;
    }

    /// <summary>Every code that meets an ask at all (<see cref="ServiceSet.Related"/>).</summary>
    public ServiceSet Related { get; }

    /// <summary><see cref="For"/>, kept per code for the common need that asks one (the taxonomy bounds how many).</summary>
    public static FitSets? Of(IReadOnlyList<string> asks) =>
        asks.Count == 1 && ServiceTaxonomy.IsKnown(asks[0], TaxonomyFacet.Service)
            ? OneAsk.GetOrAdd(asks[0], static ask => For([ask])!)
            : For(asks);

    /// <summary>The sets for these asks, or null when one is not a code of the taxonomy (then only the strings can say).</summary>
    public static FitSets? For(IReadOnlyList<string> asks)
    {
        if (asks.Count == 0 || asks.Any(a => !ServiceTaxonomy.IsKnown(a, TaxonomyFacet.Service))) return null;
        var codes = ServiceTaxonomy.Services.Where(t => t.Facet == TaxonomyFacet.Service).Select(t => t.Code).ToList();
        return new FitSets([.. asks.Select(ask => (
            ServiceSet.Of(codes.Where(c => ServiceTaxonomy.Fit(c, ask) is CategoryFit.Exact or CategoryFit.Specific)),
            ServiceSet.Of(codes.Where(c => ServiceTaxonomy.Fit(c, ask) == CategoryFit.General))))], ServiceSet.Related(asks));
    }

    /// <summary>The category fit of a helper offering <paramref name="offers"/>, equal to <see cref="HelperRules.CategoryFit"/>.</summary>
    public double Fit(ServiceSet offers)
    {
        double sum = 0;
        foreach (var (full, half) in _asks) sum += offers.Overlaps(full) ? 1.0 : offers.Overlaps(half) ? 0.5 : 0;
        return Math.Round(sum / _asks.Length, 6);
    }
}
