using ResourceHub.Graph.Analytics;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Tests.Matching;

namespace ResourceHub.Graph.Tests.Analytics;

/// <summary>Each community's five societies and since when, on a network built by hand with dated links.</summary>
public sealed class LinkageCoverageTests
{
    private static readonly DateOnly Recorded = DateOnly.FromDateTime(MatchingNetwork.Now.UtcDateTime);

    [Fact]
    public void CommunityA_IsCompleteSinceTheLastOfItsFiveArrived_AndBIsNot()
    {
        var net = new MatchingNetwork();
        var group = net.Add(MatchingNetwork.Organization("兴趣小组", "culture.music") with { OrganizationKind = OrganizationKind.InterestGroup });
        net.Link(LinkType.Serves, group, net.CommunityA, since: new DateOnly(2025, 3, 1));
        var worker = net.Add(MatchingNetwork.SocialWorker("社工", "social-work.case"));
        net.Link(LinkType.Serves, worker, net.CommunityA, since: new DateOnly(2025, 5, 1));
        var volunteer = net.Add(MatchingNetwork.Volunteer("志愿者", "companionship.visit"));
        net.Link(LinkType.LocatedIn, volunteer, net.CommunityA, since: new DateOnly(2024, 1, 1));
        var fund = net.Add(MatchingNetwork.Resource("慈善资金", ResourceKind.Funding, "meal.help"));
        net.Link(LinkType.Serves, fund, net.CommunityA, since: new DateOnly(2026, 2, 1), until: new DateOnly(2026, 12, 31));
        // B: only a volunteer, and the station's social workers of the township (none stationed: the station alone is no social worker).
        var other = net.Add(MatchingNetwork.Volunteer("乙", "companionship.visit"));
        net.Link(LinkType.Serves, other, net.CommunityB, since: new DateOnly(2025, 7, 1));
        net.Build();
        var s = net.Snapshot;

        var a = s.CoverageSince(net.Id(net.CommunityA));
        var b = s.CoverageSince(net.Id(net.CommunityB));

        Assert.Equal(new SocietiesSince(true, new DateOnly(2025, 3, 1), new DateOnly(2025, 5, 1), new DateOnly(2024, 1, 1), new DateOnly(2026, 2, 1)), a);
        Assert.Equal(new DateOnly(2026, 2, 1), a.Complete);
        Assert.True(s.Coverage(net.Id(net.CommunityA)).Complete);
        Assert.Equal(new LinkageCoverage(true, false, false, true, false), b.Coverage);
        Assert.Null(b.Complete);

        // As things stood at the start of 2026, the charitable fund had not come: A was not complete.
        var before = s.CoverageSince(net.Id(net.CommunityA), new DateOnly(2026, 1, 1));
        Assert.Equal(new LinkageCoverage(true, true, true, true, false), before.Coverage);
        // And after the fund's tie ended, it is gone again.
        Assert.False(s.CoverageSince(net.Id(net.CommunityA), new DateOnly(2027, 1, 1)).Coverage.CharitableResource);
    }

    [Fact]
    public void AStationCountsAsSocialWorkOnlyWithAWorkerStationedThere()
    {
        var net = new MatchingNetwork();
        net.Build();
        Assert.False(net.Snapshot.CoverageSince(net.Id(net.CommunityA)).Coverage.SocialWorker);

        var staffed = new MatchingNetwork();
        var worker = staffed.Add(MatchingNetwork.SocialWorker("驻站社工", "social-work.case") with { Role = SocialWorkerRole.Station });
        staffed.Link(LinkType.StationedAt, worker, staffed.Station, since: new DateOnly(2025, 9, 1));
        staffed.Build();

        // The station serves the township, above A: its stationed worker serves A since the later of the two ties.
        Assert.Equal(Recorded, staffed.Snapshot.CoverageSince(staffed.Id(staffed.CommunityA)).SocialWorker);
        // Before the station's tie to the township was recorded, its worker served nobody there.
        Assert.Null(staffed.Snapshot.CoverageSince(staffed.Id(staffed.CommunityA), new DateOnly(2026, 1, 1)).SocialWorker);
    }
}
