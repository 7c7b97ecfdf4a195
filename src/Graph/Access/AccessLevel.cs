namespace ResourceHub.Graph.Access;

/// <summary>How much of a node a caller may see; <see cref="AccessPolicy.LevelOf"/> gives it per node.</summary>
public enum AccessLevel
{
    /// <summary>Nothing: the node is not shown, not counted in lists and not reached through links.</summary>
    None = 0,

    /// <summary>Its public fields: the directory entry; personal fields are masked or null.</summary>
    Public = 1,

    /// <summary>A de-identified record: what describes a person's situation, never what identifies them (officials of the area).</summary>
    DeIdentified = 2,

    /// <summary>Everything, personal data included (those who serve the elder).</summary>
    Personal = 3,
}
