namespace ResourceHub.Graph.Model;

/// <summary>An elder's ability to look after themselves.</summary>
public enum Mobility
{
    /// <summary>Independent (自理).</summary>
    Independent = 1,
    /// <summary>Partly disabled (半失能).</summary>
    PartlyDisabled = 2,
    /// <summary>Disabled (失能).</summary>
    Disabled = 3,
}
