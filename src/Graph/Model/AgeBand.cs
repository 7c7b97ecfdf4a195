namespace ResourceHub.Graph.Model;

/// <summary>An elder's age band; no birth date is kept.</summary>
public enum AgeBand
{
    /// <summary>60-69 (低龄).</summary>
    From60To69 = 1,
    /// <summary>70-79 (中龄).</summary>
    From70To79 = 2,
    /// <summary>80-89 (高龄).</summary>
    From80To89 = 3,
    /// <summary>90 and over (高龄).</summary>
    From90 = 4,
}
