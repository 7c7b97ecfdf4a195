using System.Globalization;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Matching;
using ResourceHub.Graph.Model;
using static ResourceHub.Graph.Tests.Matching.MatchingNetwork;

namespace ResourceHub.Graph.Tests.Matching;

/// <summary>
/// Who can help whom on small networks (<see cref="MatchingNetwork"/>) whose answers are worked out by hand: one
/// test per rule, asserting exactly who comes back and in what order. Unless a test says otherwise the need is in
/// community A, met at a venue, at any hour, for anyone; a helper LOCATED_IN A sits at A's point and serves it.
/// </summary>
public sealed class HelpFinderTests
{
    private const string Visit = "companionship.visit";
    private const string SmartDevices = "education.smart-devices";
    private static readonly GeoPoint Far = North(40);

    private static long[] Helpers(IReadOnlyList<HelperMatch> matches) => [.. matches.Select(m => m.Helper.Id)];

    private static string Names(IReadOnlyList<HelperMatch> matches) => string.Join(",", matches.Select(m => m.Helper.Name));

    // ---- every kind ----

    [Fact]
    public void WhoCanHelp_EveryHelperKindOffering_AllComeBackTiedInIdOrder()
    {
        var net = new MatchingNetwork();
        var need = net.AddNeed(Need(SmartDevices));
        var volunteer = net.Add(Volunteer("志愿者", SmartDevices), home: net.CommunityA);
        var worker = net.Add(SocialWorker("社工", SmartDevices), home: net.CommunityA);
        var group = net.Add(Organization("兴趣小组", SmartDevices), home: net.CommunityA);
        var venue = net.Add(Venue("教室", 50, "venue.classroom", SmartDevices), home: net.CommunityA);
        var kit = net.Add(Resource("教具", ResourceKind.Equipment, SmartDevices), home: net.CommunityA);
        net.Add(Elder() with { Interests = [SmartDevices] }, home: net.CommunityA);

        var matches = net.Build().WhoCanHelp(net.Id(need));

        Assert.Equal(net.Ids(volunteer, worker, group, venue, kit), Helpers(matches));
        Assert.Equal([NodeKind.Volunteer, NodeKind.SocialWorker, NodeKind.Organization, NodeKind.Resource, NodeKind.Resource], matches.Select(m => m.Helper.Kind));
        // fit 1, proximity 1, distance 1, availability 0.5 (no hours stated), track record 0.5, load 1.
        Assert.All(matches, m => Assert.Equal(0.9, m.Score.Total));
    }

    // ---- availability ----

    [Fact]
    public void WhoCanHelp_NoOverlappingHours_ExcludesHelperAndRanksByShareOfWantedHours()
    {
        var net = new MatchingNetwork();
        var need = net.AddNeed(Need(Visit) with { Window = Weekly("Mon-Fri 09-12") });
        net.Add(Volunteer("周六", Visit) with { Availability = WeeklySchedule.Parse("Sat 09-12") }, home: net.CommunityA);
        var monday = net.Add(Volunteer("周一", Visit) with { Availability = WeeklySchedule.Parse("Mon 09-12") }, home: net.CommunityA);
        var unstated = net.Add(Volunteer("未说明", Visit), home: net.CommunityA);
        var always = net.Add(Volunteer("全天", Visit) with { Availability = WeeklySchedule.Parse("Mon-Sun 08-20") }, home: net.CommunityA);

        var matches = net.Build().WhoCanHelp(net.Id(need));

        Assert.Equal(net.Ids(always, unstated, monday), Helpers(matches));
        Assert.Equal([1, 0.5, 0.2], matches.Select(m => m.Score.Availability));
    }

    [Fact]
    public void WhoCanHelp_NeedWantingAnyHour_CountsStatedHoursFullyAndNoHoursHalf()
    {
        var net = new MatchingNetwork();
        var need = net.AddNeed(Need(Visit));
        var unstated = net.Add(Volunteer("未说明", Visit), home: net.CommunityA);
        var saturday = net.Add(Volunteer("周六", Visit) with { Availability = WeeklySchedule.Parse("Sat 09-12") }, home: net.CommunityA);

        var matches = net.Build().WhoCanHelp(net.Id(need));

        Assert.Equal(net.Ids(saturday, unstated), Helpers(matches));
        Assert.Equal([1, 0.5], matches.Select(m => m.Score.Availability));
    }

    // ---- capacity ----

    [Theory]
    [InlineData(ReferralStatus.Accepted)]
    [InlineData(ReferralStatus.InProgress)]
    [InlineData(ReferralStatus.OnHold)]
    public void WhoCanHelp_ReferralsUnderWayReachCapacity_ExcludesHelper(ReferralStatus open)
    {
        var net = new MatchingNetwork();
        // The other need asks for three helpers, so all three referrals may be under way at once.
        var other = net.AddNeed(Need(Visit) with { HelpersWanted = 3 });
        var need = net.AddNeed(Need(Visit));
        var full = net.Add(Volunteer("满", Visit) with { Capacity = 1 }, home: net.CommunityA);
        var room = net.Add(Volunteer("有余", Visit) with { Capacity = 2 }, home: net.CommunityA);
        var unlimited = net.Add(SocialWorker("不限", Visit), home: net.CommunityA);
        foreach (var helper in (long[])[full, room, unlimited]) net.Refer(other, helper, open);

        var matches = net.Build().WhoCanHelp(net.Id(need));

        Assert.Equal(net.Ids(room, unlimited), Helpers(matches));
        // 1 - 1/2 with a capacity of 2; 1/(1 + 1) with none stated.
        Assert.Equal([0.5, 0.5], matches.Select(m => m.Score.Load));
    }

    [Theory]
    [InlineData(ReferralStatus.Draft)]
    [InlineData(ReferralStatus.Sent)]
    [InlineData(ReferralStatus.Declined)]
    [InlineData(ReferralStatus.Completed)]
    [InlineData(ReferralStatus.Failed)]
    [InlineData(ReferralStatus.Cancelled)]
    [InlineData(ReferralStatus.Expired)]
    public void WhoCanHelp_ReferralNotTakenOnOrEnded_DoesNotCountTowardsCapacity(ReferralStatus closed)
    {
        var net = new MatchingNetwork();
        var other = net.AddNeed(Need(Visit));
        var need = net.AddNeed(Need(Visit));
        var helper = net.Add(Organization("队", Visit) with { Capacity = 1 }, home: net.CommunityA);
        net.Refer(other, helper, closed);

        var matches = net.Build().WhoCanHelp(net.Id(need));

        Assert.Equal(net.Ids(helper), Helpers(matches));
        Assert.Equal(1, matches[0].Score.Load);
    }

    [Fact]
    public void WhoCanHelp_CapacityZero_IsAlwaysFull()
    {
        var net = new MatchingNetwork();
        var need = net.AddNeed(Need(Visit));
        net.Add(Volunteer("零", Visit) with { Capacity = 0 }, home: net.CommunityA);

        Assert.Empty(net.Build().WhoCanHelp(net.Id(need)));
    }

    // ---- declined ----

    [Fact]
    public void WhoCanHelp_HelperDeclinedThisNeed_IsExcludedButNotForOtherNeeds()
    {
        var net = new MatchingNetwork();
        var other = net.AddNeed(Need(Visit));
        var need = net.AddNeed(Need(Visit));
        var declinedThis = net.Add(Volunteer("拒过本需求", Visit), home: net.CommunityA);
        var declinedOther = net.Add(Volunteer("拒过别的", Visit), home: net.CommunityA);
        net.Refer(need, declinedThis, ReferralStatus.Declined);
        net.Refer(other, declinedOther, ReferralStatus.Declined);
        var s = net.Build();

        Assert.Equal(net.Ids(declinedOther), Helpers(s.WhoCanHelp(net.Id(need))));
        Assert.Equal(net.Ids(declinedThis), Helpers(s.WhoCanHelp(net.Id(other))));
    }

    // ---- reach by distance ----

    [Fact]
    public void WhoCanHelp_UnlinkedHelpers_ReachOnlyWithinTravelDistance()
    {
        var net = new MatchingNetwork();
        var need = net.AddNeed(Need(Visit));
        var near = net.Add(Volunteer("4km", Visit), at: North(4));
        net.Add(Volunteer("12km 愿走 100km", Visit) with { MaxTravelKm = 100 }, at: North(12));
        var edge = net.Add(Volunteer("正好 5km", Visit), at: North(5));
        net.Add(Volunteer("5.1km", Visit), at: North(5.1));
        var org = net.Add(Organization("9.9km", Visit), at: North(9.9));
        net.Add(Organization("10.5km", Visit), at: North(10.5));

        var matches = net.Build().WhoCanHelp(net.Id(need));

        // Distance parts 1 - 4/5, 1 - 9.9/10, 1 - 5/5: totals 0.58, 0.5515, 0.55.
        Assert.Equal(net.Ids(near, org, edge), Helpers(matches));
        Assert.All(matches, m => Assert.Equal(ReachKind.Distance, m.Reach));
        Assert.All(matches, m => Assert.Null(m.Hops));
        Assert.Equal([4, 9.9, 5], matches.Select(m => m.DistanceKm));
        Assert.Equal([0.2, 0.01, 0], matches.Select(m => m.Score.Distance));
        Assert.Equal([0.58, 0.5515, 0.55], matches.Select(m => m.Score.Total));
    }

    [Fact]
    public void WhoCanHelp_HelpersAtTheEdgeOfTravelDistanceInEveryDirection_AreAllFound()
    {
        var net = new MatchingNetwork();
        var need = net.AddNeed(Need(Visit));
        // 9.9 km east and west of A cross into grid cells a search box that forgets the longitude shrinks with latitude would miss.
        var edges = new[] { North(9.9), North(-9.9), East(9.9), East(-9.9) }.Select((p, i) => net.Add(Organization("边缘 " + i, Visit), at: p)).ToArray();
        net.Add(Organization("东 10.5km", Visit), at: East(10.5));
        var s = net.Build();

        var matches = s.WhoCanHelp(net.Id(need));

        Assert.Equal(net.Ids(edges), Helpers(matches));
        Assert.All(matches, m => Assert.InRange(m.DistanceKm!.Value, 9.89, 9.9));
    }

    [Theory]
    [InlineData(null, "3km")]
    [InlineData(15.0, "3km,12km 愿走 20km,12km 机构")]
    [InlineData(2.5, "")]
    public void WhoCanHelp_MaxKm_SetsOthersTravelAndCapsVolunteersOwn(double? maxKm, string expected)
    {
        var net = new MatchingNetwork();
        var need = net.AddNeed(Need(Visit));
        net.Add(Volunteer("12km 愿走 20km", Visit) with { MaxTravelKm = 20 }, at: North(12));
        net.Add(Volunteer("3km", Visit), at: North(3));
        net.Add(Organization("12km 机构", Visit), at: North(12));

        var matches = net.Build().WhoCanHelp(net.Id(need), new MatchOptions { MaxKm = maxKm });

        Assert.Equal(expected, Names(matches));
    }

    [Fact]
    public void WhoCanHelp_OrganizationsAndTeams_KeepTheirOwnTravelLimit()
    {
        var net = new MatchingNetwork();
        var need = net.AddNeed(Need(Visit));
        var team = net.Add(Organization("4km 队 愿走 5km", Visit) with { OrganizationKind = OrganizationKind.VolunteerTeam, MaxTravelKm = 5 }, at: North(4));
        net.Add(Organization("6km 队 愿走 5km", Visit) with { OrganizationKind = OrganizationKind.VolunteerTeam, MaxTravelKm = 5 }, at: North(6));
        var troupe = net.Add(Organization("6km 文艺队 不限", Visit), at: North(6));

        var matches = net.Build().WhoCanHelp(net.Id(need));

        // The team that goes 5 km is found at 4 km (distance part 1 - 4/5), not at 6; one stating none goes the default 10 km.
        Assert.Equal(net.Ids(troupe, team), Helpers(matches));
        Assert.Equal([0.4, 0.2], matches.Select(m => m.Score.Distance));
    }

    // ---- explanations ----

    [Theory]
    [InlineData(3, false)]
    [InlineData(2, true)]
    public void WhoCanHelp_ExplainsThroughAreasAndOrganizations_ThroughPeopleOnlyWhereNoOtherWayReaches(int maxHops, bool throughPerson)
    {
        var net = new MatchingNetwork();
        var need = net.AddNeed(Need(Visit));
        var helper = net.Add(Organization("合唱团", Visit), at: Far);
        // Two links through a resident who sings in the choir; three through the station that partners with it.
        var person = net.Add(Volunteer("居民"), home: net.CommunityA);
        net.Link(LinkType.MemberOf, person, helper);
        net.Link(LinkType.PartnersWith, net.Station, helper);

        var match = Assert.Single(net.Build().WhoCanHelp(net.Id(need), new MatchOptions { MaxHops = maxHops }));

        Assert.Equal(2, match.Hops);
        var expected = throughPerson
            ? net.Ids(need, net.CommunityA, person, helper)
            : net.Ids(need, net.CommunityA, net.Township, net.Station, helper);
        Assert.Equal(expected, match.Path.Select(p => p.NodeId));
        Assert.Equal(throughPerson ? LinkType.MemberOf : LinkType.PartnersWith, match.Path[^1].Via);
        Assert.Equal(LinkType.LocatedIn, match.Path[1].Via);
    }

    // ---- the need's dates ----

    [Theory]
    // 2026-12-05 is a Saturday: a need for that day alone is met only by those free on Saturdays.
    [InlineData("2026-12-05", "2026-12-05", "周六")]
    [InlineData("2026-12-05", "2026-12-06", "周六,周日")]
    [InlineData("2026-12-01", "2026-12-31", "周六,周日")]
    [InlineData(null, null, "周六,周日")]
    public void WhoCanHelp_ANeedsDates_KeepOnlyTheWeeklyHoursOfTheDaysTheyHold(string? from, string? to, string expected)
    {
        var net = new MatchingNetwork();
        var need = net.AddNeed(Need(Visit) with
        {
            Window = new TimeWindow { From = from is null ? null : DateOnly.Parse(from, CultureInfo.InvariantCulture), To = to is null ? null : DateOnly.Parse(to, CultureInfo.InvariantCulture), Weekly = WeeklySchedule.Parse("Sat-Sun 09-12") },
        });
        net.Add(Volunteer("周六", Visit) with { Availability = WeeklySchedule.Parse("Sat 09-12") }, home: net.CommunityA);
        net.Add(Volunteer("周日", Visit) with { Availability = WeeklySchedule.Parse("Sun 09-12") }, home: net.CommunityA);

        var matches = net.Build().WhoCanHelp(net.Id(need));

        Assert.Equal(expected, string.Join(',', matches.Select(m => m.Helper.Name).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void WhoCanHelp_ADayWithNoHoursGiven_IsMetByAnyoneWithHoursThatDay()
    {
        var net = new MatchingNetwork();
        var need = net.AddNeed(Need(Visit) with { Window = new TimeWindow { From = new DateOnly(2026, 12, 5), To = new DateOnly(2026, 12, 5) } });
        var saturday = net.Add(Volunteer("周六", Visit) with { Availability = WeeklySchedule.Parse("Sat 09-12") }, home: net.CommunityA);
        net.Add(Volunteer("周日", Visit) with { Availability = WeeklySchedule.Parse("Sun 09-12") }, home: net.CommunityA);

        var matches = net.Build().WhoCanHelp(net.Id(need));

        Assert.Equal(net.Ids(saturday), Helpers(matches));
        Assert.Equal(1, matches[0].Score.Availability);
    }

    // ---- reach through the network ----

    [Theory]
    [InlineData(1, "")]
    [InlineData(2, "X")]
    [InlineData(3, "X,Y")]
    [InlineData(4, "X,Y,Z")]
    public void WhoCanHelp_LinkedHelpers_ReachUpToMaxHopsExactly(int maxHops, string expected)
    {
        var net = new MatchingNetwork();
        var need = net.AddNeed(Need(Visit));
        // A → township (1) → X located there (2); township → station (2) → Y partner of the station (3) → Z member of Y (4).
        net.Add(Organization("X", Visit), at: Far, home: net.Township);
        var y = net.Add(Organization("Y", Visit), at: Far);
        net.Link(LinkType.PartnersWith, y, net.Station);
        var z = net.Add(Volunteer("Z", Visit), at: Far);
        net.Link(LinkType.MemberOf, z, y);

        var matches = net.Build().WhoCanHelp(net.Id(need), new MatchOptions { MaxHops = maxHops });

        Assert.Equal(expected, Names(matches));
        Assert.All(matches, m => Assert.Equal(ReachKind.Network, m.Reach));
        Assert.Equal(new int?[] { 2, 3, 4 }.Take(matches.Count), matches.Select(m => m.Hops));
        Assert.Equal(new[] { 0.5, 0.333333, 0.25 }.Take(matches.Count), matches.Select(m => m.Score.Proximity));
    }

    [Fact]
    public void WhoCanHelp_LinkedOnlyThroughAnElderOrAnotherNeed_IsNotReached()
    {
        var net = new MatchingNetwork();
        var other = net.AddNeed(Need("meal.delivery"));
        var need = net.AddNeed(Need(Visit));
        // A → elder (1) → X: the search does not pass through elders.
        var elder = net.Add(Elder(), home: net.CommunityA);
        var x = net.Add(Organization("X 老人所在的组织", Visit), at: Far);
        net.Link(LinkType.MemberOf, elder, x);
        // A → other need (1) → REFERRED_TO Q: nor through needs.
        var q = net.Add(Organization("Q 别的需求转介过", Visit), at: Far);
        net.Refer(other, q, ReferralStatus.Completed, ReferralOutcome.GotHelp);
        // A → volunteer (1) → Y: volunteers are passed through.
        var w = net.Add(Volunteer("W", "meal.delivery"), home: net.CommunityA);
        var y = net.Add(Organization("Y 志愿者所在的组织", Visit), at: Far);
        net.Link(LinkType.MemberOf, w, y);

        var matches = net.Build().WhoCanHelp(net.Id(need), new MatchOptions { MaxHops = 3 });

        Assert.Equal(net.Ids(y), Helpers(matches));
        Assert.Equal(2, matches[0].Hops);
    }

    [Fact]
    public void WhoCanHelp_NeedOfAnOrganization_NeverMatchesItselfAndCountsHopsFromIt()
    {
        var net = new MatchingNetwork();
        var group = net.Add(Organization("小组", Visit), home: net.CommunityA);
        var need = net.AddGroupNeed(group, Need(Visit));
        var partner = net.Add(Organization("伙伴", Visit), at: Far);
        net.Link(LinkType.PartnersWith, partner, group);
        var s = net.Build();

        var matches = s.WhoCanHelp(net.Id(need), new MatchOptions { MaxHops = 1 });

        Assert.Equal(net.Ids(partner), Helpers(matches));
        Assert.Equal(ReachKind.Network, matches[0].Reach);
        Assert.Equal(1, matches[0].Hops);
        Assert.Equal(1, matches[0].Score.Proximity);
        Assert.Equal(net.Ids(need, group, partner), matches[0].Path.Select(p => p.NodeId));
        Assert.Null(ExplanationPath.Problem(s, matches[0], net.Id(need)));
    }

    // ---- serving the area ----

    [Fact]
    public void WhoCanHelp_ServingTheNeedsAreaOrAnyAbove_ReachesBeyondMaxHops()
    {
        var net = new MatchingNetwork();
        var need = net.AddNeed(Need(Visit));
        var helpers = new List<long>();
        foreach (var area in (long[])[net.City, net.District, net.Township, net.CommunityA])
        {
            var h = net.Add(Organization("服务 " + area, Visit), at: Far);
            net.Link(LinkType.Serves, h, area);
            helpers.Add(h);
        }
        // Serving a sibling community, or being located in the township, is not serving A: at 3 and 2 hops they are out of reach.
        var sibling = net.Add(Organization("服务 B", Visit), at: Far);
        net.Link(LinkType.Serves, sibling, net.CommunityB);
        net.Add(Organization("位于街道", Visit), at: Far, home: net.Township);

        var matches = net.Build().WhoCanHelp(net.Id(need), new MatchOptions { MaxHops = 1 });

        Assert.Equal(net.Ids([.. helpers]), Helpers(matches));
        Assert.All(matches, m => Assert.Equal(ReachKind.ServesArea, m.Reach));
        Assert.All(matches, m => Assert.Equal(1, m.Score.Proximity));
        Assert.Equal(new int?[] { null, null, null, 1 }, matches.Select(m => m.Hops));
    }

    [Fact]
    public void WhoCanHelp_LocatedInTheNeedsOwnArea_ServesIt()
    {
        var net = new MatchingNetwork();
        var need = net.AddNeed(Need(Visit) with { Mode = NeedMode.Home });
        var resident = net.Add(Volunteer("住 A，远", Visit), at: Far, home: net.CommunityA);

        var matches = net.Build().WhoCanHelp(net.Id(need));

        Assert.Equal(net.Ids(resident), Helpers(matches));
        Assert.Equal(ReachKind.ServesArea, matches[0].Reach);
    }

    // ---- category fit ----

    [Fact]
    public void WhoCanHelp_MoreGeneralOffer_FitsHalfAndRanksBelowExact()
    {
        var net = new MatchingNetwork();
        var need = net.AddNeed(Need(Visit));
        var general = net.Add(Volunteer("陪伴", "companionship"), home: net.CommunityA);
        var exact = net.Add(Volunteer("探访", Visit), home: net.CommunityA);
        net.Add(Volunteer("送餐", "meal.delivery"), home: net.CommunityA);
        net.Add(Volunteer("电话问候", "companionship.phone"), home: net.CommunityA);

        var matches = net.Build().WhoCanHelp(net.Id(need));

        Assert.Equal(net.Ids(exact, general), Helpers(matches));
        Assert.Equal([1, 0.5], matches.Select(m => m.Score.CategoryFit));
        Assert.Equal([0.9, 0.725], matches.Select(m => m.Score.Total));
    }

    [Fact]
    public void WhoCanHelp_MoreSpecificOffer_FitsFully()
    {
        var net = new MatchingNetwork();
        var need = net.AddNeed(Need("culture.performance"));
        var general = net.Add(Organization("文化", "culture"), home: net.CommunityA);
        var specific = net.Add(Organization("送节目上门", "culture.performance.home-delivery"), home: net.CommunityA);
        var exact = net.Add(Organization("文艺演出", "culture.performance"), home: net.CommunityA);
        net.Add(Organization("舞蹈", "culture.dance"), home: net.CommunityA);

        var matches = net.Build().WhoCanHelp(net.Id(need));

        Assert.Equal(net.Ids(specific, exact, general), Helpers(matches));
        Assert.Equal([1, 1, 0.5], matches.Select(m => m.Score.CategoryFit));
    }

    [Fact]
    public void WhoCanHelp_SeveralCategoriesAsked_FitIsTheMeanOfTheBestPerAsk()
    {
        var net = new MatchingNetwork();
        var need = net.AddNeed(Need(Visit, "meal.delivery"));
        var one = net.Add(Volunteer("只探访", Visit), home: net.CommunityA);
        var mixed = net.Add(Volunteer("探访和助餐", Visit, "meal"), home: net.CommunityA);
        var both = net.Add(Volunteer("探访和送餐", "meal.delivery", Visit), home: net.CommunityA);

        var matches = net.Build().WhoCanHelp(net.Id(need));

        Assert.Equal(net.Ids(both, mixed, one), Helpers(matches));
        Assert.Equal([1, 0.75, 0.5], matches.Select(m => m.Score.CategoryFit));
    }

    // ---- situation ----

    [Fact]
    public void WhoCanHelp_HelperListingSituations_ServesOnlyNeedsSharingOne()
    {
        var net = new MatchingNetwork();
        var lonelyOld = net.AddNeed(Need(Visit) with { Situations = ["very-old", "living-alone"] });
        var anyone = net.AddNeed(Need(Visit));
        net.Add(Volunteer("只服务失能", Visit) with { Situations = ["disabled"] }, home: net.CommunityA);
        var shared = net.Add(Volunteer("独居或失能", Visit) with { Situations = ["living-alone", "disabled"] }, home: net.CommunityA);
        var everyone = net.Add(Volunteer("不限", Visit), home: net.CommunityA);
        var s = net.Build();

        Assert.Equal(net.Ids(shared, everyone), Helpers(s.WhoCanHelp(net.Id(lonelyOld))));
        Assert.Equal(net.Ids(everyone), Helpers(s.WhoCanHelp(net.Id(anyone))));
    }

    // ---- mode ----

    [Fact]
    public void WhoCanHelp_HomeNeed_WantsInPersonReachNotJustALink()
    {
        var net = new MatchingNetwork();
        var home = net.AddNeed(Need(Visit) with { Mode = NeedMode.Home });
        var venue = net.AddNeed(Need(Visit));
        var linked = net.Add(Organization("只有网络可达", Visit), at: Far, home: net.Township);
        var near = net.Add(Volunteer("2km", Visit), at: North(2));
        var serving = net.Add(Organization("服务街道", Visit), at: Far);
        net.Link(LinkType.Serves, serving, net.Township);
        var resident = net.Add(Volunteer("住 A", Visit), at: Far, home: net.CommunityA);
        var s = net.Build();

        var atHome = s.WhoCanHelp(net.Id(home));
        var atVenue = s.WhoCanHelp(net.Id(venue));

        Assert.Equal(net.Ids(serving, resident, near), Helpers(atHome));
        Assert.Equal([ReachKind.ServesArea, ReachKind.ServesArea, ReachKind.Distance], atHome.Select(m => m.Reach));
        Assert.Equal(net.Ids(serving, resident, linked, near), Helpers(atVenue));
        Assert.Equal(ReachKind.Network, atVenue[2].Reach);
    }

    [Theory]
    [InlineData(NeedMode.Home, "志愿队")]
    [InlineData(NeedMode.Venue, "活动室,教具,志愿队")]
    [InlineData(NeedMode.Online, "教具,志愿队")]
    public void WhoCanHelp_Mode_ResourcesNeverAtHomeVenuesOnlyAtVenues(NeedMode mode, string expected)
    {
        var net = new MatchingNetwork();
        var need = net.AddNeed(Need(SmartDevices) with { Mode = mode });
        net.Add(Venue("活动室", 50, "venue.hall", SmartDevices), home: net.CommunityA);
        net.Add(Resource("教具", ResourceKind.Equipment, SmartDevices), home: net.CommunityA);
        net.Add(Organization("志愿队", SmartDevices), home: net.CommunityA);

        Assert.Equal(expected, Names(net.Build().WhoCanHelp(net.Id(need))));
    }

    [Theory]
    [InlineData(40, "40 座,未知,100 座")]
    [InlineData(null, "30 座,40 座,未知,100 座")]
    public void WhoCanHelp_VenueTooSmallForTheParticipants_IsExcluded(int? participants, string expected)
    {
        var net = new MatchingNetwork();
        var need = net.AddNeed(Need("venue.hall") with { Participants = participants });
        net.Add(Venue("30 座", 30), home: net.CommunityA);
        net.Add(Venue("40 座", 40), home: net.CommunityA);
        net.Add(Venue("未知", null), home: net.CommunityA);
        net.Add(Venue("100 座", 100), home: net.CommunityA);

        Assert.Equal(expected, Names(net.Build().WhoCanHelp(net.Id(need))));
    }

    // ---- order, limits, score parts ----

    [Fact]
    public void WhoCanHelp_EqualScores_BreakTiesByLowerIdFirst()
    {
        var net = new MatchingNetwork();
        var need = net.AddNeed(Need(Visit));
        var same = Enumerable.Range(1, 4).Select(i => net.Add(Volunteer("同 " + i, Visit), home: net.CommunityA)).ToArray();
        var s = net.Build();

        var all = s.WhoCanHelp(net.Id(need));
        var two = s.WhoCanHelp(net.Id(need), new MatchOptions { First = 2 });

        Assert.Equal(net.Ids(same), Helpers(all));
        Assert.Single(all.Select(m => m.Score.Total).Distinct());
        Assert.Equal(net.Ids(same[0], same[1]), Helpers(two));
    }

    [Fact]
    public void WhoCanHelp_First_KeepsOnlyTheBest()
    {
        var net = new MatchingNetwork();
        var need = net.AddNeed(Need(Visit));
        var byKm = new Dictionary<double, long>();
        foreach (var km in (double[])[4, 0.5, 3, 1, 2]) byKm[km] = net.Add(Volunteer(km + "km", Visit), at: North(km));
        var s = net.Build();

        var three = s.WhoCanHelp(net.Id(need), new MatchOptions { First = 3 });
        var one = s.WhoCanHelp(net.Id(need), new MatchOptions { First = 1 });

        Assert.Equal(net.Ids(byKm[0.5], byKm[1], byKm[2]), Helpers(three));
        Assert.Equal(net.Ids(byKm[0.5]), Helpers(one));
    }

    [Fact]
    public void WhoCanHelp_ScoreParts_AreTheRulesOwnValuesAndTheTotalTheirWeightedSum()
    {
        var net = new MatchingNetwork();
        var other = net.AddNeed(Need(Visit));
        var need = net.AddNeed(Need(Visit) with { Window = Weekly("Mon-Fri 09-12") });
        // At the need, more general, 5 of the 15 wanted hours.
        var general = net.Add(Volunteer("泛", "companionship") with { Availability = WeeklySchedule.Parse("Mon-Fri 09-10") }, at: North(0));
        // Two hops (A → township → located there), 40 km away.
        var linked = net.Add(Organization("两跳", Visit), at: Far, home: net.Township);
        // Half its travel distance away, one of four places taken.
        var half = net.Add(Volunteer("半程", Visit) with { Capacity = 4 }, at: North(2.5));
        net.Refer(other, half, ReferralStatus.Accepted);

        var matches = net.Build().WhoCanHelp(net.Id(need));

        Assert.Equal(net.Ids(linked, half, general), Helpers(matches));
        Assert.Equal(new MatchScore(0.65, 1, 0.5, 0, 0.5, 0.5, 1), matches[0].Score);
        Assert.Equal(new MatchScore(0.6, 1, 0, 0.5, 0.5, 0.5, 0.75), matches[1].Score);
        Assert.Equal(new MatchScore(0.508333, 0.5, 0, 1, 0.333333, 0.5, 1), matches[2].Score);
        Assert.All(matches, m => Assert.Equal(
            Math.Round(0.35 * m.Score.CategoryFit + 0.2 * m.Score.Proximity + 0.15 * m.Score.Distance + 0.1 * m.Score.Availability +
                       0.1 * m.Score.TrackRecord + 0.1 * m.Score.Load, 6),
            m.Score.Total));
    }

    [Fact]
    public void WhoCanHelp_TrackRecord_CountsHelpGivenAndRatings()
    {
        var net = new MatchingNetwork();
        var earlier = net.AddNeed(Need(Visit) with { Status = NeedStatus.Met });
        var need = net.AddNeed(Need(Visit));
        var helped = net.Add(Volunteer("帮到了", Visit), home: net.CommunityA);
        net.Refer(earlier, helped, ReferralStatus.Completed, ReferralOutcome.GotHelp);
        var failed = net.Add(Volunteer("失败", Visit), home: net.CommunityA);
        net.Refer(earlier, failed, ReferralStatus.Failed);
        var rated = net.Add(Volunteer("五星", Visit), home: net.CommunityA);
        net.Record(rated, earlier, 5);
        var plain = net.Add(Volunteer("无记录", Visit), home: net.CommunityA);
        var couldNot = net.Add(Volunteer("没帮上", Visit), home: net.CommunityA);
        net.Refer(earlier, couldNot, ReferralStatus.Completed, ReferralOutcome.CouldNotHelp);
        // Rated by the elder's side: help given and five stars; a need that went away is no one's doing.
        var praised = net.Add(Volunteer("好评", Visit), home: net.CommunityA);
        net.Refer(earlier, praised, ReferralStatus.Completed, ReferralOutcome.GotHelp, rating: 5);
        var panned = net.Add(Volunteer("差评", Visit), home: net.CommunityA);
        net.Refer(earlier, panned, ReferralStatus.Completed, ReferralOutcome.GotHelp, rating: 1);
        var moved = net.Add(Volunteer("不再需要", Visit), home: net.CommunityA);
        net.Refer(earlier, moved, ReferralStatus.Completed, ReferralOutcome.NoLongerNeeded);

        var matches = net.Build().WhoCanHelp(net.Id(need));

        // (1 + good) / (2 + counted): 3/4, 2/3, 2/3, 2/4, 1/2, 1/2, 1/3, 1/3.
        Assert.Equal(net.Ids(praised, helped, rated, plain, panned, moved, failed, couldNot), Helpers(matches));
        Assert.Equal([0.75, 0.666667, 0.666667, 0.5, 0.5, 0.5, 0.333333, 0.333333], matches.Select(m => m.Score.TrackRecord));
    }

    [Fact]
    public void WhoCanHelp_OnlyFilter_NarrowsTheCandidates()
    {
        var net = new MatchingNetwork();
        var need = net.AddNeed(Need(Visit));
        var volunteer = net.Add(Volunteer("志愿者", Visit), home: net.CommunityA);
        net.Add(Organization("志愿队", Visit), home: net.CommunityA);

        var matches = net.Build().WhoCanHelp(net.Id(need), only: h => h is Volunteer);

        Assert.Equal(net.Ids(volunteer), Helpers(matches));
    }

    // ---- explanation paths ----

    [Fact]
    public void WhoCanHelp_NetworkPath_FollowsRealLinksFromTheNeed()
    {
        var net = new MatchingNetwork();
        var need = net.AddNeed(Need(Visit));
        var y = net.Add(Organization("Y", Visit), at: Far);
        net.Link(LinkType.PartnersWith, y, net.Station);
        var s = net.Build();

        var match = Assert.Single(s.WhoCanHelp(net.Id(need)));

        Assert.Equal(net.Ids(need, net.CommunityA, net.Township, net.Station, y), match.Path.Select(p => p.NodeId));
        Assert.Equal([null, LinkType.LocatedIn, LinkType.PartOf, LinkType.LocatedIn, LinkType.PartnersWith], match.Path.Select(p => p.Via));
        Assert.Equal([null, Direction.Out, Direction.Out, Direction.In, Direction.In], match.Path.Select(p => p.Direction));
        Assert.Null(ExplanationPath.Problem(s, match, net.Id(need)));
    }

    [Fact]
    public void WhoCanHelp_ServesPath_ClimbsTheAreasToTheOneServed()
    {
        var net = new MatchingNetwork();
        var need = net.AddNeed(Need(Visit));
        var hub = net.Add(Organization("全市", Visit), at: Far);
        net.Link(LinkType.Serves, hub, net.City);
        var s = net.Build();

        var match = Assert.Single(s.WhoCanHelp(net.Id(need), new MatchOptions { MaxHops = 1 }));

        Assert.Equal(net.Ids(need, net.CommunityA, net.Township, net.District, net.City, hub), match.Path.Select(p => p.NodeId));
        Assert.Equal([null, LinkType.LocatedIn, LinkType.PartOf, LinkType.PartOf, LinkType.PartOf, LinkType.Serves], match.Path.Select(p => p.Via));
        Assert.Equal([null, Direction.Out, Direction.Out, Direction.Out, Direction.Out, Direction.In], match.Path.Select(p => p.Direction));
        Assert.Null(ExplanationPath.Problem(s, match, net.Id(need)));
    }

    [Fact]
    public void WhoCanHelp_DistancePath_EndsWithAStepByDistance()
    {
        var net = new MatchingNetwork();
        var need = net.AddNeed(Need(Visit));
        var near = net.Add(Volunteer("近", Visit), at: North(1));
        var s = net.Build();

        var match = Assert.Single(s.WhoCanHelp(net.Id(need)));

        Assert.Equal(net.Ids(need, net.CommunityA, near), match.Path.Select(p => p.NodeId));
        Assert.Equal([null, LinkType.LocatedIn, null], match.Path.Select(p => p.Via));
        Assert.Null(ExplanationPath.Problem(s, match, net.Id(need)));
    }

    [Fact]
    public void WhoCanHelp_NeedPlacedOnlyByItsElder_PathStillUsesRealLinks()
    {
        var net = new MatchingNetwork();
        // The elder lives in A; the need itself has no LOCATED_IN link, so NeedSpec.Of takes the elder's area.
        var need = net.AddNeed(Need(Visit), located: false);
        var y = net.Add(Organization("Y", Visit), at: Far);
        net.Link(LinkType.PartnersWith, y, net.Station);
        var near = net.Add(Volunteer("近", Visit), at: North(1));
        var hub = net.Add(Organization("全市", Visit), at: Far);
        net.Link(LinkType.Serves, hub, net.City);
        var s = net.Build();

        var matches = s.WhoCanHelp(net.Id(need));

        Assert.Equal(net.Ids(hub, near, y), Helpers(matches));
        Assert.All(matches, m => Assert.Null(ExplanationPath.Problem(s, m, net.Id(need))));
    }

    // ---- needs described on the spot ----

    [Fact]
    public void WhoCanHelp_AdHocNeedInAnArea_StartsFromThatArea()
    {
        var net = new MatchingNetwork();
        var inB = net.Add(Volunteer("住 B", Visit), home: net.CommunityB);
        net.Add(Volunteer("住 A 3km", Visit) with { MaxTravelKm = 2 }, home: net.CommunityA);
        var s = net.Build();
        var spec = new NeedSpec { Categories = [Visit], AreaId = net.Id(net.CommunityB) };

        var match = Assert.Single(s.WhoCanHelp(spec, new MatchOptions { MaxHops = 2 }));

        Assert.Equal(net.Id(inB), match.Helper.Id);
        Assert.Equal(ReachKind.ServesArea, match.Reach);
        Assert.Null(ExplanationPath.Problem(s, match, net.Id(net.CommunityB)));
    }

    [Fact]
    public void WhoCanHelp_AdHocNeedWithOnlyAPoint_ReachesByDistanceAlone()
    {
        var net = new MatchingNetwork();
        var there = net.Add(Volunteer("20km 处", Visit), at: North(21));
        net.Add(Volunteer("住 A", Visit), home: net.CommunityA);
        var s = net.Build();
        var spec = new NeedSpec { Categories = [Visit], Point = North(20) };

        var match = Assert.Single(s.WhoCanHelp(spec));

        Assert.Equal(net.Id(there), match.Helper.Id);
        Assert.Equal(ReachKind.Distance, match.Reach);
        Assert.Equal(1, match.DistanceKm);
    }

    // ---- arguments ----

    [Theory]
    [InlineData("unknown")]
    [InlineData("negative")]
    [InlineData("volunteer")]
    public void WhoCanHelp_AdHocAreaThatIsNoArea_ThrowsArgumentException(string area)
    {
        var net = new MatchingNetwork();
        var volunteer = net.Add(Volunteer("住 A", Visit), home: net.CommunityA);
        var s = net.Build();
        var areaId = area switch { "unknown" => 10_000, "negative" => -5, _ => net.Id(volunteer) };

        Assert.ThrowsAny<ArgumentException>(() => s.WhoCanHelp(new NeedSpec { Categories = [Visit], AreaId = areaId }));
    }

    [Fact]
    public void WhoCanHelp_NoCategoryAsked_Throws()
    {
        var s = new MatchingNetwork().Build();

        Assert.Throws<ArgumentException>(() => s.WhoCanHelp(new NeedSpec { AreaId = 1 }));
    }

    [Fact]
    public void WhoCanHelp_NodeThatIsNotANeed_Throws()
    {
        var net = new MatchingNetwork();
        var s = net.Build();

        Assert.Throws<ArgumentException>(() => s.WhoCanHelp(net.Id(net.Station)));
    }

    [Theory]
    [InlineData(0, 10, null)]
    [InlineData(7, 10, null)]
    [InlineData(3, 0, null)]
    [InlineData(3, 101, null)]
    [InlineData(3, 10, 0.0)]
    [InlineData(3, 10, 200.5)]
    [InlineData(3, 10, double.NaN)]
    public void WhoCanHelp_OptionsOutOfRange_Throw(int maxHops, int first, double? maxKm)
    {
        var net = new MatchingNetwork();
        var need = net.AddNeed(Need(Visit));
        var s = net.Build();

        Assert.Throws<ArgumentOutOfRangeException>(() => s.WhoCanHelp(net.Id(need), new MatchOptions { MaxHops = maxHops, First = first, MaxKm = maxKm }));
    }
}
