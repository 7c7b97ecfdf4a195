namespace ResourceHub.Graph.Model;

/// <summary>Which way a link is followed from a node.</summary>
public enum Direction : byte
{
    /// <summary>From the node to the link's target.</summary>
    Out = 0,
    /// <summary>From the node back to the link's source.</summary>
    In = 1,
}
