namespace ResourceHub.Graph.Analytics;

/// <summary>Where needs go unmet in an area.</summary>
/// <param name="AreaId">The area.</param>
/// <param name="Services">The service categories asked about; empty for every category.</param>
/// <param name="OpenNeeds">Open needs in the area.</param>
/// <param name="UnmetNeeds">The open needs no qualified helper can reach, by id.</param>
/// <param name="Categories">Per category asked by the open needs: open and unmet; most unmet first.</param>
/// <param name="Communities">Per community: demand, unmet needs and accessibility; by code.</param>
public sealed record ServiceGapReport(long AreaId, IReadOnlyList<string> Services, int OpenNeeds, IReadOnlyList<long> UnmetNeeds,
    IReadOnlyList<CategoryGap> Categories, IReadOnlyList<CommunityAccess> Communities);
