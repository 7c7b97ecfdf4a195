namespace ResourceHub.Graph.Model;

/// <summary>How a need is to be met.</summary>
public enum NeedMode
{
    /// <summary>At the elder's home (上门).</summary>
    Home = 1,
    /// <summary>At a venue (场地).</summary>
    Venue = 2,
    /// <summary>Online (线上).</summary>
    Online = 3,
}
