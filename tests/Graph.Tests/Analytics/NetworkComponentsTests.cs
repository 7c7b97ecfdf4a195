using ResourceHub.Graph.Analytics;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Tests.Matching;

namespace ResourceHub.Graph.Tests.Analytics;

/// <summary>Components of a support network built by hand: two groups, a station with its township, and those tied to nobody.</summary>
public sealed class NetworkComponentsTests
{
    [Fact]
    public void Components_AreTheGroupsTiedTogether_LargestFirst()
    {
        var net = new MatchingNetwork();
        var team = net.Add(MatchingNetwork.Organization("志愿队", "companionship.visit"), home: net.CommunityA);
        var members = Enumerable.Range(1, 3).Select(i => net.Add(MatchingNetwork.Volunteer($"队员{i}", "companionship.visit"), home: net.CommunityA)).ToArray();
        foreach (var m in members) net.Link(LinkType.MemberOf, m, team);
        var troupe = net.Add(MatchingNetwork.Organization("文艺队", "culture.performance"), home: net.CommunityB);
        net.Link(LinkType.Serves, troupe, net.CommunityB);
        var loner = net.Add(MatchingNetwork.Volunteer("独行者", "companionship.visit"), home: net.VillageC);
        net.Build();
        var network = SupportNetwork.Of(net.Snapshot, net.Id(net.District));

        var parts = NetworkComponents.Of(network);

        Assert.Equal([.. net.Ids([team, .. members]).Order()], parts[0]);
        // Station + township and troupe + community B, two of two (the smaller id first), then the singles.
        Assert.Equal([.. new[] { net.Id(net.Township), net.Id(net.Station) }.Order()], parts.Single(p => p.Contains(net.Id(net.Station))));
        Assert.Equal([.. new[] { net.Id(net.CommunityB), net.Id(troupe) }.Order()], parts.Single(p => p.Contains(net.Id(troupe))));
        Assert.Equal([4, 2, 2, 1, 1, 1, 1, 1], parts.Select(p => p.Count));
        Assert.Contains(parts, p => p.SequenceEqual([net.Id(loner)]));
        Assert.Equal(network.NodeCount, parts.Sum(p => p.Count));
    }
}
