namespace ResourceHub.Graph.Taxonomy;

/// <summary>The two facets of the taxonomy.</summary>
public enum TaxonomyFacet
{
    /// <summary>What is offered or asked (服务).</summary>
    Service = 1,
    /// <summary>Who it is for (服务对象情况).</summary>
    Situation = 2,
}
