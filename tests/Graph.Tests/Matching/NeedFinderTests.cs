using ResourceHub.Graph.Index;
using ResourceHub.Graph.Matching;
using ResourceHub.Graph.Model;
using static ResourceHub.Graph.Tests.Matching.MatchingNetwork;

namespace ResourceHub.Graph.Tests.Matching;

/// <summary>
/// Whom can I help on small networks (<see cref="MatchingNetwork"/>): exactly the open needs the helper qualifies
/// for, judged as who-can-help judges them, best first.
/// </summary>
public sealed class NeedFinderTests
{
    private const string Visit = "companionship.visit";
    private static readonly GeoPoint Far = North(40);

    private static long[] Needs(IReadOnlyList<NeedMatch> matches) => [.. matches.Select(m => m.Need.Id)];

    /// <summary>The open needs for which who-can-help returns the helper, best first: what whom-can-I-help must answer.</summary>
    private static long[] NeedsWhoCanHelpGives(NetworkSnapshot s, long helperId, MatchOptions options) =>
    [
        .. s.Nodes<Need>().Where(n => n.Status == NeedStatus.Open)
            .Select(n => (Need: n, Match: s.WhoCanHelp(n.Id, options with { First = 1 }, h => h.Id == helperId).SingleOrDefault()))
            .Where(x => x.Match is not null)
            .OrderByDescending(x => x.Match!.Score.Total).ThenBy(x => x.Need.Id)
            .Take(options.First)
            .Select(x => x.Need.Id),
    ];

    private static (MatchingNetwork Net, long Volunteer, long[] Expected) VolunteerAmongNeeds()
    {
        var net = new MatchingNetwork();
        var volunteer = net.Add(Volunteer("探访志愿者", Visit) with { Availability = WeeklySchedule.Parse("Mon-Fri 09-12") }, home: net.CommunityA);
        // Qualifies: in A, which it serves (0.95); a more general ask in A (0.95); in B, 3 hops and 3 km off, at a venue
        // by the network and at home in person (0.726667 each).
        var inA = net.AddNeed(Need(Visit));
        var general = net.AddNeed(Need("companionship"));
        var inB = net.AddNeed(Need(Visit), area: net.CommunityB);
        var homeInB = net.AddNeed(Need(Visit) with { Mode = NeedMode.Home }, area: net.CommunityB);
        // Does not: not open, another service, 30 km and 5 hops off, no common hour, declined.
        net.AddNeed(Need(Visit) with { Status = NeedStatus.Referred });
        net.AddNeed(Need(Visit) with { Status = NeedStatus.Met });
        net.AddNeed(Need(Visit) with { Status = NeedStatus.Closed });
        net.AddNeed(Need("meal.delivery"));
        net.AddNeed(Need(Visit), area: net.VillageC);
        net.AddNeed(Need(Visit) with { Window = Weekly("Sat 09-12") });
        var declined = net.AddNeed(Need(Visit));
        net.Refer(declined, volunteer, ReferralStatus.Declined);
        net.Build();
        return (net, volunteer, net.Ids(inA, general, inB, homeInB));
    }

    [Fact]
    public void WhomCanIHelp_Volunteer_ReturnsExactlyTheOpenNeedsItQualifiesFor()
    {
        var (net, volunteer, expected) = VolunteerAmongNeeds();

        var matches = net.Snapshot.WhomCanIHelp(net.Id(volunteer));

        Assert.Equal(expected, Needs(matches));
        Assert.Equal([0.95, 0.95, 0.66, 0.66], matches.Select(m => m.Match.Score.Total));
        // A neighbouring community is geography, not a link: the need two communities over is reached by distance.
        Assert.Equal([ReachKind.ServesArea, ReachKind.ServesArea, ReachKind.Distance, ReachKind.Distance], matches.Select(m => m.Match.Reach));
        Assert.All(matches, m => Assert.Equal(net.Id(volunteer), m.Match.Helper.Id));
        Assert.Equal(NeedsWhoCanHelpGives(net.Snapshot, net.Id(volunteer), new MatchOptions()), Needs(matches));
    }

    [Fact]
    public void WhomCanIHelp_First_KeepsOnlyTheBest()
    {
        var (net, volunteer, expected) = VolunteerAmongNeeds();

        var matches = net.Snapshot.WhomCanIHelp(net.Id(volunteer), new MatchOptions { First = 2 });

        Assert.Equal(expected[..2], Needs(matches));
    }

    [Fact]
    public void WhomCanIHelp_FullHelper_HelpsNobody()
    {
        var net = new MatchingNetwork();
        var volunteer = net.Add(Volunteer("满", Visit) with { Capacity = 1 }, home: net.CommunityA);
        var taken = net.AddNeed(Need(Visit) with { Status = NeedStatus.Referred });
        net.Refer(taken, volunteer, ReferralStatus.InProgress);
        net.AddNeed(Need(Visit));
        var s = net.Build();

        Assert.Empty(s.WhomCanIHelp(net.Id(volunteer)));
    }

    [Fact]
    public void WhomCanIHelp_ServingTheCity_FindsOpenNeedsEverywhereBelow()
    {
        var net = new MatchingNetwork();
        var hub = net.Add(Organization("全市", Visit), at: Far);
        net.Link(LinkType.Serves, hub, net.City);
        var inA = net.AddNeed(Need(Visit));
        var inB = net.AddNeed(Need(Visit) with { Mode = NeedMode.Home }, area: net.CommunityB);
        var inC = net.AddNeed(Need(Visit), area: net.VillageC);
        net.AddNeed(Need(Visit) with { Status = NeedStatus.Met }, area: net.VillageC);
        var s = net.Build();

        var matches = s.WhomCanIHelp(net.Id(hub), new MatchOptions { MaxHops = 1 });

        Assert.Equal(net.Ids(inA, inB, inC), Needs(matches));
        Assert.All(matches, m => Assert.Equal(ReachKind.ServesArea, m.Match.Reach));
    }

    [Fact]
    public void WhomCanIHelp_UnlinkedHelper_FindsNeedsWithinItsTravelDistanceNearestFirst()
    {
        var net = new MatchingNetwork();
        var volunteer = net.Add(Volunteer("无链接", Visit), at: North(2.5));
        var inA = net.AddNeed(Need(Visit) with { Mode = NeedMode.Home });
        var inB = net.AddNeed(Need(Visit), area: net.CommunityB);
        net.AddNeed(Need(Visit), area: net.VillageC);
        var s = net.Build();

        var matches = s.WhomCanIHelp(net.Id(volunteer));

        // 0.5 km to B, 2.5 km to A.
        Assert.Equal(net.Ids(inB, inA), Needs(matches));
        Assert.Equal([0.9, 0.5], matches.Select(m => m.Match.Score.Distance));
    }

    [Theory]
    [InlineData(2, 0)]
    [InlineData(3, 2)]
    public void WhomCanIHelp_LinkedHelper_FindsNeedsUpToMaxHopsAway(int maxHops, int found)
    {
        var net = new MatchingNetwork();
        // Y, 40 km south, partners the station: A and B are 3 hops off (Y → station → township → A, B), C is 5.
        var y = net.Add(Organization("Y", Visit), at: North(-40));
        net.Link(LinkType.PartnersWith, y, net.Station);
        var inA = net.AddNeed(Need(Visit));
        var inB = net.AddNeed(Need(Visit), area: net.CommunityB);
        net.AddNeed(Need(Visit), area: net.VillageC);
        var s = net.Build();

        var matches = s.WhomCanIHelp(net.Id(y), new MatchOptions { MaxHops = maxHops });

        Assert.Equal(net.Ids(inA, inB).Take(found), Needs(matches));
        Assert.All(matches, m => Assert.Equal(ReachKind.Network, m.Match.Reach));
    }

    [Fact]
    public void WhomCanIHelp_OwnNeed_IsNotListed()
    {
        var net = new MatchingNetwork();
        var group = net.Add(Organization("小组", Visit), home: net.CommunityA);
        net.AddGroupNeed(group, Need(Visit));
        var other = net.AddNeed(Need(Visit));
        var s = net.Build();

        Assert.Equal(net.Ids(other), Needs(s.WhomCanIHelp(net.Id(group))));
    }

    [Fact]
    public void WhomCanIHelp_NodeThatIsNotAHelper_Throws()
    {
        var net = new MatchingNetwork();
        var need = net.AddNeed(Need(Visit));
        var s = net.Build();

        Assert.Throws<ArgumentException>(() => s.WhomCanIHelp(net.Id(need)));
        Assert.Throws<ArgumentException>(() => s.WhomCanIHelp(net.Id(net.CommunityA)));
        Assert.Throws<ArgumentException>(() => s.WhomCanIHelp(10_000));
    }

    // ---- whom-can-I-help must find every need who-can-help would give the helper ----

    [Fact]
    public void WhomCanIHelp_PartnerOfTheOrganizationWithTheNeed_FindsIt()
    {
        var net = new MatchingNetwork();
        var group = net.Add(Organization("小组", "recreation.games"), home: net.CommunityA);
        var need = net.AddGroupNeed(group, Need(Visit));
        var partner = net.Add(Organization("伙伴", Visit), at: Far);
        net.Link(LinkType.PartnersWith, partner, group);
        var s = net.Build();
        var options = new MatchOptions { MaxHops = 1 };

        Assert.Equal(net.Id(partner), Assert.Single(s.WhoCanHelp(net.Id(need), options)).Helper.Id);
        Assert.Equal(net.Ids(need), Needs(s.WhomCanIHelp(net.Id(partner), options)));
    }

    [Fact]
    public void WhomCanIHelp_NeedPlacedOnlyByItsElder_IsFound()
    {
        var net = new MatchingNetwork();
        var volunteer = net.Add(Volunteer("住 A", Visit), home: net.CommunityA);
        var need = net.AddNeed(Need(Visit), located: false);
        var s = net.Build();

        Assert.Equal(net.Id(volunteer), Assert.Single(s.WhoCanHelp(net.Id(need))).Helper.Id);
        Assert.Equal(net.Ids(need), Needs(s.WhomCanIHelp(net.Id(volunteer))));
    }

    [Fact]
    public void WhomCanIHelp_NeedOfATownshipWithinTravelDistance_IsFound()
    {
        var net = new MatchingNetwork();
        var volunteer = net.Add(Volunteer("街道附近", Visit), at: North(2));
        var need = net.AddGroupNeed(net.Township, Need(Visit), area: net.Township);
        var s = net.Build();

        Assert.Equal(net.Id(volunteer), Assert.Single(s.WhoCanHelp(net.Id(need))).Helper.Id);
        Assert.Equal(net.Ids(need), Needs(s.WhomCanIHelp(net.Id(volunteer))));
    }

    [Fact]
    public void WhomCanIHelp_NeedWithItsOwnPointFarFromItsArea_IsFound()
    {
        var net = new MatchingNetwork();
        var volunteer = net.Add(Volunteer("20km 处", Visit), at: North(20.5));
        var need = net.AddNeed(Need(Visit) with { Point = North(20) });
        var s = net.Build();

        Assert.Equal(net.Id(volunteer), Assert.Single(s.WhoCanHelp(net.Id(need))).Helper.Id);
        Assert.Equal(net.Ids(need), Needs(s.WhomCanIHelp(net.Id(volunteer))));
    }
}
