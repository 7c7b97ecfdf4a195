namespace ResourceHub.Graph.Analytics;

/// <summary>How many helpers of each society a community reaches within some hops of the linkage network.</summary>
/// <param name="CommunityId">The community (or any area).</param>
/// <param name="Hops">The hops allowed.</param>
/// <param name="Organizations">Organizations reached.</param>
/// <param name="SocialWorkers">Social workers reached.</param>
/// <param name="Volunteers">Volunteers reached.</param>
/// <param name="Resources">Resources reached.</param>
public sealed record ReachCount(long CommunityId, int Hops, int Organizations, int SocialWorkers, int Volunteers, int Resources)
{
    /// <summary>All helpers reached.</summary>
    public int Total => Organizations + SocialWorkers + Volunteers + Resources;
}
