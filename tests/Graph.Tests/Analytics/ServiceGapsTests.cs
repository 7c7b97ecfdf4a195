using ResourceHub.Graph.Access;
using ResourceHub.Graph.Analytics;
using ResourceHub.Graph.Matching;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Tests.Matching;

namespace ResourceHub.Graph.Tests.Analytics;

/// <summary>
/// Gaps and two-step floating catchment accessibility worked out by hand. Community A (the origin) has two open
/// needs for a visit, B (3 km north) one, village C (30 km) one for a health check nobody offers. Helpers: volunteer
/// V1 of A (capacity 2, travels 5 km: A and B), V2 of B (capacity 1, travels 1 km: B), and the township's station
/// (capacity unstated: 1; serves the township: A and B).
/// </summary>
public sealed class ServiceGapsTests
{
    private static (MatchingNetwork Net, long V1, long V2, long Unmet) Build()
    {
        var net = new MatchingNetwork();
        var v1 = net.Add(MatchingNetwork.Volunteer("V1", "companionship.visit") with { Capacity = 2 }, home: net.CommunityA);
        var v2 = net.Add(MatchingNetwork.Volunteer("V2", "companionship.visit") with { Capacity = 1, MaxTravelKm = 1 }, home: net.CommunityB);
        net.AddNeed(MatchingNetwork.Need("companionship.visit"));
        net.AddNeed(MatchingNetwork.Need("companionship.visit"));
        net.AddNeed(MatchingNetwork.Need("companionship.visit"), net.CommunityB);
        var unmet = net.AddNeed(MatchingNetwork.Need("health.check"), net.VillageC);
        net.Build();
        return (net, net.Id(v1), net.Id(v2), net.Id(unmet));
    }

    [Fact]
    public void EveryCategory_CountsTheUnreachableNeed_AndSharesEachHelpersCapacityOverItsCatchment()
    {
        var (net, _, _, unmet) = Build();

        var gaps = ServiceGaps.Of(AccessPolicy.Everything(net.Snapshot), net.Id(net.District), [], new MatchOptions());

        Assert.Equal(4, gaps.OpenNeeds);
        Assert.Equal([unmet], gaps.UnmetNeeds);
        Assert.Equal([new CategoryGap("health.check", 1, 1), new CategoryGap("companionship.visit", 3, 0)], gaps.Categories);
        var byCommunity = gaps.Communities.ToDictionary(c => c.CommunityId);
        // Station 1/3 and V1 2/3 reach A; both and V2 1/1 reach B; nobody reaches C.
        Assert.Equal((2, 0, 2, 1.0), Parts(byCommunity[net.Id(net.CommunityA)]), Tolerance);
        Assert.Equal((1, 0, 3, 2.0), Parts(byCommunity[net.Id(net.CommunityB)]), Tolerance);
        Assert.Equal((1, 1, 0, 0.0), Parts(byCommunity[net.Id(net.VillageC)]), Tolerance);
        Assert.Equal(3, gaps.Communities.Count);
    }

    [Fact]
    public void OneCategory_CountsOnlyItsNeedsAndTheHelpersOfferingIt()
    {
        var (net, _, _, _) = Build();

        var gaps = ServiceGaps.Of(AccessPolicy.Everything(net.Snapshot), net.Id(net.District), ["companionship.visit"], new MatchOptions());

        Assert.Equal(3, gaps.OpenNeeds);
        Assert.Empty(gaps.UnmetNeeds);
        var byCommunity = gaps.Communities.ToDictionary(c => c.CommunityId);
        // The station offers supervision only: V1's 2 over 3 needs reach A; V1's and V2's 1 over 1 reach B.
        Assert.Equal((2, 0, 1, 2.0 / 3), Parts(byCommunity[net.Id(net.CommunityA)]), Tolerance);
        Assert.Equal((1, 0, 2, 5.0 / 3), Parts(byCommunity[net.Id(net.CommunityB)]), Tolerance);
    }

    [Fact]
    public void ANeedMetElsewhereOrClosed_IsNoGap_AndATownshipCoversOnlyItsOwnCommunities()
    {
        var (net, _, _, _) = Build();

        var township = ServiceGaps.Of(AccessPolicy.Everything(net.Snapshot), net.Id(net.Township), [], new MatchOptions());

        Assert.Equal(3, township.OpenNeeds);
        Assert.Empty(township.UnmetNeeds);
        Assert.Equal([net.Id(net.CommunityA), net.Id(net.CommunityB)], township.Communities.Select(c => c.CommunityId));
    }

    private static readonly IEqualityComparer<(int, int, int, double)> Tolerance = new Near();

    private static (int, int, int, double) Parts(CommunityAccess c) => (c.OpenNeeds, c.Unmet, c.Helpers, c.Accessibility);

    private sealed class Near : IEqualityComparer<(int, int, int, double)>
    {
        public bool Equals((int, int, int, double) x, (int, int, int, double) y) =>
            (x.Item1, x.Item2, x.Item3) == (y.Item1, y.Item2, y.Item3) && Math.Abs(x.Item4 - y.Item4) < 1e-9;

        public int GetHashCode((int, int, int, double) obj) => HashCode.Combine(obj.Item1, obj.Item2, obj.Item3);
    }
}
