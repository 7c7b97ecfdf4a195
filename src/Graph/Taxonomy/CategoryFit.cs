namespace ResourceHub.Graph.Taxonomy;

/// <summary>How well an offered service code meets an asked one.</summary>
public enum CategoryFit
{
    /// <summary>Unrelated codes: the offer does not meet the ask.</summary>
    None = 0,
    /// <summary>The offer is more general than the ask (education for education.smart-devices): qualifies with a lower fit.</summary>
    General = 1,
    /// <summary>The offer equals the ask.</summary>
    Exact = 2,
    /// <summary>The offer is more specific than the ask (culture.performance.home-delivery for culture.performance): a full fit.</summary>
    Specific = 3,
}
