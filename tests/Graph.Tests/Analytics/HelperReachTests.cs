using ResourceHub.Graph.Analytics;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Tests.Matching;

namespace ResourceHub.Graph.Tests.Analytics;

/// <summary>Helpers within k hops of a community, by the matcher's pass-through rules, on a network built by hand.</summary>
public sealed class HelperReachTests
{
    [Fact]
    public void Hops_ReachTheCommunitysOwnThenTheTownshipsHelpers_NeverThroughAnElderOrAnotherCommunity()
    {
        var net = new MatchingNetwork();
        var team = net.Add(MatchingNetwork.Organization("志愿队", "companionship.visit"), home: net.CommunityA);
        var v1 = net.Add(MatchingNetwork.Volunteer("V1", "companionship.visit"), home: net.CommunityA);
        net.Link(LinkType.MemberOf, v1, team);
        net.Add(MatchingNetwork.Volunteer("V2", "companionship.visit"), home: net.CommunityB);
        var worker = net.Add(MatchingNetwork.SocialWorker("W", "social-work.case"), home: net.Township);
        net.Link(LinkType.StationedAt, worker, net.Station);
        // An elder of A belongs to a troupe of village C: no way to the troupe through her.
        var elder = net.Add(MatchingNetwork.Elder(), home: net.CommunityA);
        var troupe = net.Add(MatchingNetwork.Organization("文艺队", "culture.performance"), home: net.VillageC);
        net.Link(LinkType.MemberOf, elder, troupe);
        net.Build();
        var a = net.Id(net.CommunityA);

        var one = HelperReach.Within(net.Snapshot, a, 1);
        var two = HelperReach.Within(net.Snapshot, a, 2);
        var four = HelperReach.Within(net.Snapshot, a, 4);
        var casework = HelperReach.Within(net.Snapshot, a, 2, ["social-work.case"]);

        Assert.Equal((1, 0, 1, 0), (one.Organizations, one.SocialWorkers, one.Volunteers, one.Resources));
        // The township leads on (it is above A): its station and W; community B does not, so V2 who lives there is not reached.
        Assert.Equal((2, 1, 1), (two.Organizations, two.SocialWorkers, two.Volunteers));
        Assert.Equal((2, 1, 1, 4), (four.Organizations, four.SocialWorkers, four.Volunteers, four.Total));
        Assert.Equal((0, 1, 0), (casework.Organizations, casework.SocialWorkers, casework.Volunteers));
        Assert.Throws<ArgumentOutOfRangeException>(() => HelperReach.Within(net.Snapshot, a, HelperReach.MaxHops + 1));
    }
}
