namespace ResourceHub.Graph.Matching;

/// <summary>How a helper reaches a need.</summary>
public enum ReachKind
{
    /// <summary>It serves the need's area or an area above it (服务范围覆盖).</summary>
    ServesArea = 1,
    /// <summary>It is linked to the need's area within the hop limit (网络可达).</summary>
    Network = 2,
    /// <summary>It is within its travel distance for in-person help (距离可达).</summary>
    Distance = 3,
}
