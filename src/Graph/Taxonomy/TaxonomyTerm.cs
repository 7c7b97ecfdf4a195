namespace ResourceHub.Graph.Taxonomy;

/// <summary>A term of the taxonomy: a dotted hierarchical code with a Chinese and an English label.</summary>
/// <param name="Code">Dotted code, e.g. <c>culture.performance.home-delivery</c>.</param>
/// <param name="Zh">Chinese label.</param>
/// <param name="En">English label.</param>
/// <param name="Facet">The facet it belongs to.</param>
public sealed record TaxonomyTerm(string Code, string Zh, string En, TaxonomyFacet Facet)
{
    /// <summary>The parent's code, or null at the top.</summary>
    public string? ParentCode => Code.LastIndexOf('.') is var i and > 0 ? Code[..i] : null;

    /// <summary>Depth in the hierarchy, 1 at the top.</summary>
    public int Depth => Code.Count(c => c == '.') + 1;
}
