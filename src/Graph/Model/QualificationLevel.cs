namespace ResourceHub.Graph.Model;

/// <summary>National social-work qualification.</summary>
public enum QualificationLevel
{
    /// <summary>No qualification yet (无).</summary>
    None = 1,
    /// <summary>Assistant social worker (助理社会工作师).</summary>
    Assistant = 2,
    /// <summary>Social worker (社会工作师).</summary>
    Intermediate = 3,
    /// <summary>Senior social worker (高级社会工作师).</summary>
    Senior = 4,
}
