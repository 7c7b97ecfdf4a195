using System.Text.Json;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;
using ResourceHub.Schema.Relay;
using Snapshooter.Xunit;

namespace ResourceHub.Schema.Tests.Filters;

public sealed class FilterTests
{
    private const string Township = "430112001";

    private const string Organizations = """
        query($where: OrganizationFilter, $orderBy: NodeOrder) {
          organizations(where: $where, orderBy: $orderBy, first: 100) {
            totalCount
            nodes { id name kind services situations area { code } point { lat lon } }
          }
        }
        """;

    private const string Volunteers = """
        query($where: VolunteerFilter, $orderBy: NodeOrder) {
          volunteers(where: $where, orderBy: $orderBy, first: 100) {
            totalCount
            nodes { id name category skills situations area { code } point { lat lon } }
          }
        }
        """;

    [Fact]
    public async Task Organizations_FilteredByTownshipAndKindOrderedByName_MatchSnapshot()
    {
        var json = await (await DemoHub.Shared).RunIndentedAsync("""
            query GroupsAndTroupesOfATownship {
              organizations(
                where: {withinAreaCode: "430112001", kindIn: [ART_TROUPE, INTEREST_GROUP]}
                orderBy: {field: NAME, direction: ASC}
                first: 6
              ) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { id name kind services situations area { name code } } }
              }
            }
            """);

        Snapshot.Match(json);
    }

    [Fact]
    public async Task Name_Equals_FindsTheOneOrganization()
    {
        var nodes = await OrganizationNodes(new { name = new { equals = "长沙市快乐老人大学" } });

        Assert.Equal("长沙市快乐老人大学", Assert.Single(nodes).Text("name"));
    }

    [Fact]
    public async Task Name_EqualsPartOfAName_FindsNothing()
    {
        var nodes = await OrganizationNodes(new { name = new { equals = "快乐老人大学" } });

        Assert.Empty(nodes);
    }

    [Theory]
    [InlineData("合唱")]
    [InlineData("花鼓")]
    public async Task Name_Contains_FindsEveryOrganizationWithTheWord(string word)
    {
        var hub = await DemoHub.Shared;

        var nodes = await OrganizationNodes(new { name = new { contains = word } });

        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.Contains(word, n.Text("name"), StringComparison.Ordinal));
        Assert.Equal(hub.Snapshot.Nodes<Organization>().Count(o => o.Name.Contains(word, StringComparison.Ordinal)), nodes.Count);
    }

    [Fact]
    public async Task Name_StartsWith_FindsOnlyNamesStartingSo()
    {
        var hub = await DemoHub.Shared;

        var nodes = await OrganizationNodes(new { name = new { startsWith = "高塘岭街道" } });

        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.StartsWith("高塘岭街道", n.Text("name"), StringComparison.Ordinal));
        Assert.Equal(hub.Snapshot.Nodes<Organization>().Count(o => o.Name.StartsWith("高塘岭街道", StringComparison.Ordinal)), nodes.Count);
    }

    [Fact]
    public async Task Name_ContainsAndStartsWith_BothMustHold()
    {
        var nodes = await OrganizationNodes(new { name = new { startsWith = "高塘岭街道", contains = "社工站" } });

        Assert.Equal("高塘岭街道社工站", Assert.Single(nodes).Text("name"));
    }

    [Fact]
    public async Task KindIn_TwoKinds_AnswersOnlyThoseKinds()
    {
        var hub = await DemoHub.Shared;

        var nodes = await OrganizationNodes(new { kindIn = new[] { "SOCIAL_WORK_STATION", "FOUNDATION" } });

        Assert.Equal(["FOUNDATION", "SOCIAL_WORK_STATION"], nodes.Select(n => n.Text("kind")).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(hub.Snapshot.Nodes<Organization>().Count(o => o.OrganizationKind is OrganizationKind.SocialWorkStation or OrganizationKind.Foundation), nodes.Count);
    }

    [Fact]
    public async Task KindIn_VolunteerCategory_AnswersOnlyThatCategory()
    {
        var result = await (await DemoHub.Shared).RunJsonAsync(Volunteers, new { where = new { kindIn = new[] { "STUDENT" } } });

        Assert.NotEmpty(result.Items("data.volunteers.nodes"));
        Assert.All(result.Items("data.volunteers.nodes"), n => Assert.Equal("STUDENT", n.Text("category")));
    }

    [Fact]
    public async Task KindIn_AreaKinds_AnswersOnlyVillagesOfATown()
    {
        var result = await (await DemoHub.Shared).RunJsonAsync("""
            { areas(where: {withinAreaCode: "430112100", kindIn: [VILLAGE]}, first: 100) { nodes { code kind } } }
            """);

        var nodes = result.Items("data.areas.nodes");
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n =>
        {
            Assert.Equal("VILLAGE", n.Text("kind"));
            Assert.StartsWith("430112100", n.Text("code"), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task WithinAreaCode_Township_AnswersOnlyVolunteersLivingInIt()
    {
        var hub = await DemoHub.Shared;

        var result = await hub.RunJsonAsync(Volunteers, new { where = new { withinAreaCode = Township } });

        var nodes = result.Items("data.volunteers.nodes");
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.StartsWith(Township, n.Text("area.code"), StringComparison.Ordinal));
        Assert.Equal(hub.Snapshot.Nodes<Volunteer>().Count(v => NodeFacets.HomeArea(hub.Snapshot, v.Id)?.Code.StartsWith(Township, StringComparison.Ordinal) == true),
            result.At("data.volunteers.totalCount").GetInt32());
    }

    [Fact]
    public async Task WithinAreaCode_Township_AnswersOrganizationsOfTheTownshipAndItsCommunities()
    {
        var nodes = await OrganizationNodes(new { withinAreaCode = Township });

        var codes = nodes.Select(n => n.Text("area.code")!).ToList();
        Assert.All(codes, c => Assert.StartsWith(Township, c, StringComparison.Ordinal));
        Assert.Contains(Township, codes);
        Assert.Contains(codes, c => c.Length == 12);
    }

    [Fact]
    public async Task WithinArea_GlobalId_AnswersTheSameAsTheCode()
    {
        var hub = await DemoHub.Shared;
        var township = GlobalId.Encode(hub.Snapshot.AreaByCode(Township)!);

        var byId = await OrganizationNodes(new { withinArea = township });
        var byCode = await OrganizationNodes(new { withinAreaCode = Township });

        Assert.NotEmpty(byId);
        Assert.Equal(byCode.Select(n => n.Text("id")), byId.Select(n => n.Text("id")));
    }

    [Fact]
    public async Task WithinArea_IdOfAVolunteer_IsBadUserInput()
    {
        var hub = await DemoHub.Shared;
        var volunteer = GlobalId.Encode(hub.Snapshot.Nodes<Volunteer>().First());

        var result = await hub.RunJsonAsync(Organizations, new { where = new { withinArea = volunteer } });

        Assert.Equal(HubErrorCodes.BadUserInput, result.ErrorCode());
    }

    [Fact]
    public async Task WithinArea_AreaThatDoesNotExist_IsBadUserInput()
    {
        var result = await (await DemoHub.Shared).RunJsonAsync(Organizations, new { where = new { withinArea = GlobalId.Encode(NodeKind.Area, 987654) } });

        Assert.Equal(HubErrorCodes.BadUserInput, result.ErrorCode());
    }

    [Fact]
    public async Task WithinAreaCode_UnknownCode_IsBadUserInput()
    {
        var result = await (await DemoHub.Shared).RunJsonAsync(Organizations, new { where = new { withinAreaCode = "430112999" } });

        Assert.Equal(HubErrorCodes.BadUserInput, result.ErrorCode());
        Assert.Contains("430112999", Assert.Single(result.ErrorMessages()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithinAreaAndWithinAreaCode_Together_IsBadUserInput()
    {
        var hub = await DemoHub.Shared;

        var result = await hub.RunJsonAsync(Organizations, new { where = new { withinArea = GlobalId.Encode(hub.Snapshot.AreaByCode(Township)!), withinAreaCode = Township } });

        Assert.Equal(HubErrorCodes.BadUserInput, result.ErrorCode());
    }

    [Fact]
    public async Task OffersService_General_AlsoAnswersMoreSpecificOfferers()
    {
        var hub = await DemoHub.Shared;

        var general = await OrganizationNodes(new { offersService = "culture.performance" });

        var homeDelivery = hub.Snapshot.Nodes<Organization>().Where(o => o.Services.Contains("culture.performance.home-delivery")).Select(o => GlobalId.Encode(o)).ToList();
        Assert.NotEmpty(homeDelivery);
        Assert.Superset(homeDelivery.ToHashSet(), general.Select(n => n.Text("id")!).ToHashSet());
        Assert.All(general, n => Assert.Contains(n.Items("services"), s => s.GetString()!.StartsWith("culture.performance", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task OffersService_Specific_LeavesOutOfferersOfTheGeneralCodeOnly()
    {
        var hub = await DemoHub.Shared;

        var specific = await OrganizationNodes(new { offersService = "culture.performance.home-delivery" });

        var generalOnly = hub.Snapshot.Nodes<Organization>()
            .Where(o => o.Services.Contains("culture.performance") && !o.Services.Contains("culture.performance.home-delivery")).ToList();
        Assert.NotEmpty(generalOnly);
        Assert.NotEmpty(specific);
        Assert.All(specific, n => Assert.Contains("culture.performance.home-delivery", n.Items("services").Select(s => s.GetString())));
        Assert.DoesNotContain(specific, n => generalOnly.Any(o => GlobalId.Encode(o) == n.Text("id")));
    }

    [Fact]
    public async Task OffersService_TopLevelCode_AnswersEveryCodeBelowIt()
    {
        var nodes = await OrganizationNodes(new { offersService = "culture", kindIn = new[] { "INTEREST_GROUP" } });

        var services = nodes.SelectMany(n => n.Items("services").Select(s => s.GetString())).ToHashSet();
        Assert.Contains("culture.music", services);
        Assert.Contains("culture.opera", services);
        Assert.All(nodes, n => Assert.Contains(n.Items("services"), s => s.GetString()!.StartsWith("culture.", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task OffersService_CodePrefixThatIsNoCode_IsBadUserInput()
    {
        var result = await (await DemoHub.Shared).RunJsonAsync(Organizations, new { where = new { offersService = "culture.perf" } });

        Assert.Equal(HubErrorCodes.BadUserInput, result.ErrorCode());
    }

    [Fact]
    public async Task OffersService_VolunteerSkills_AreMatched()
    {
        var result = await (await DemoHub.Shared).RunJsonAsync(Volunteers, new { where = new { offersService = "education.smart-devices", withinAreaCode = Township } });

        var nodes = result.Items("data.volunteers.nodes");
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.Contains("education.smart-devices", n.Items("skills").Select(s => s.GetString())));
    }

    [Fact]
    public async Task ForSituation_Disabled_AnswersHelpersListingItAndHelpersListingNone()
    {
        var hub = await DemoHub.Shared;

        var result = await hub.RunJsonAsync(Volunteers, new { where = new { forSituation = "disabled", withinAreaCode = Township } });

        var nodes = result.Items("data.volunteers.nodes");
        var situations = nodes.Select(n => n.Items("situations").Select(s => s.GetString()!).ToList()).ToList();
        Assert.Contains(situations, s => s.Count == 0);
        Assert.Contains(situations, s => s.Contains("disabled"));
        Assert.All(situations, s => Assert.True(s.Count == 0 || s.Contains("disabled")));
        var expected = hub.Snapshot.Nodes<Volunteer>().Count(v =>
            (v.Situations.Count == 0 || v.Situations.Contains("disabled")) &&
            NodeFacets.HomeArea(hub.Snapshot, v.Id)!.Code.StartsWith(Township, StringComparison.Ordinal));
        Assert.Equal(expected, result.At("data.volunteers.totalCount").GetInt32());
    }

    [Fact]
    public async Task ForSituation_LivingAlone_LeavesOutHelpersListingOnlyOtherSituations()
    {
        var hub = await DemoHub.Shared;
        var others = hub.Snapshot.Nodes<Organization>().Where(o => o.Situations.Count > 0 && !o.Situations.Contains("living-alone") &&
            NodeFacets.HomeArea(hub.Snapshot, o.Id)!.Code.StartsWith(Township, StringComparison.Ordinal)).ToList();

        var nodes = await OrganizationNodes(new { forSituation = "living-alone", withinAreaCode = Township });

        Assert.NotEmpty(others);
        Assert.DoesNotContain(nodes, n => others.Any(o => GlobalId.Encode(o) == n.Text("id")));
    }

    [Fact]
    public async Task ForSituation_UnknownCode_IsBadUserInput()
    {
        var result = await (await DemoHub.Shared).RunJsonAsync(Volunteers, new { where = new { forSituation = "culture.music" } });

        Assert.Equal(HubErrorCodes.BadUserInput, result.ErrorCode());
    }

    [Fact]
    public async Task Near_OrderedByDistance_AnswersEveryoneWithinTheRadiusNearestFirst()
    {
        var centre = new GeoPoint(28.3476, 112.8196);

        var result = await (await DemoHub.Shared).RunJsonAsync(Volunteers, new
        {
            where = new { near = new { lat = centre.Lat, lon = centre.Lon, km = 4.0 } },
            orderBy = new { field = "DISTANCE" },
        });

        var distances = result.Items("data.volunteers.nodes")
            .Select(n => centre.DistanceKm(new GeoPoint(n.At("point.lat").GetDouble(), n.At("point.lon").GetDouble()))).ToList();
        Assert.True(distances.Count > 2);
        Assert.All(distances, d => Assert.True(d <= 4.0, $"{d} km is outside the radius"));
        Assert.Equal(distances.Order(), distances);
    }

    [Fact]
    public async Task Near_OrderedByDistanceDescending_AnswersFarthestFirst()
    {
        var centre = new GeoPoint(28.3476, 112.8196);

        var result = await (await DemoHub.Shared).RunJsonAsync(Organizations, new
        {
            where = new { near = new { lat = centre.Lat, lon = centre.Lon, km = 3.0 } },
            orderBy = new { field = "DISTANCE", direction = "DESC" },
        });

        var distances = result.Items("data.organizations.nodes")
            .Select(n => centre.DistanceKm(new GeoPoint(n.At("point.lat").GetDouble(), n.At("point.lon").GetDouble()))).ToList();
        Assert.True(distances.Count > 2);
        Assert.Equal(distances.OrderDescending(), distances);
    }

    [Fact]
    public async Task OrderByDistance_WithoutNear_IsBadUserInput()
    {
        var result = await (await DemoHub.Shared).RunJsonAsync(Volunteers, new { orderBy = new { field = "DISTANCE" } });

        Assert.Equal(HubErrorCodes.BadUserInput, result.ErrorCode());
    }

    [Fact]
    public async Task OrderByDistance_WithNearOnlyInsideAnd_IsBadUserInput()
    {
        var result = await (await DemoHub.Shared).RunJsonAsync(Volunteers, new
        {
            where = new { and = new[] { new { near = new { lat = 28.3, lon = 112.8, km = 5.0 } } } },
            orderBy = new { field = "DISTANCE" },
        });

        Assert.Equal(HubErrorCodes.BadUserInput, result.ErrorCode());
    }

    [Theory]
    [InlineData(28.3, 112.8, 0)]
    [InlineData(28.3, 112.8, 501)]
    [InlineData(91, 112.8, 5)]
    [InlineData(28.3, -181, 5)]
    public async Task Near_OutOfRange_IsBadUserInput(double lat, double lon, double km)
    {
        var result = await (await DemoHub.Shared).RunJsonAsync(Volunteers, new { where = new { near = new { lat, lon, km } } });

        Assert.Equal(HubErrorCodes.BadUserInput, result.ErrorCode());
    }

    [Fact]
    public async Task LinkedTo_MemberOfOut_AnswersTheMembersOfAnOrganization()
    {
        var hub = await DemoHub.Shared;
        var team = hub.Snapshot.Nodes<Organization>().Single(o => o.Name == "高塘岭街道低龄老人志愿服务队");
        var members = await hub.RunJsonAsync("""
            query($id: ID!) { node(id: $id) { ... on Organization { links(direction: IN, types: [MEMBER_OF], first: 100) { nodes: edges { node { __typename id } } } } } }
            """, new { id = GlobalId.Encode(team) });
        var memberVolunteers = members.Items("data.node.links.nodes").Where(e => e.Text("node.__typename") == "Volunteer").Select(e => e.Text("node.id")).ToHashSet();

        var result = await hub.RunJsonAsync(Volunteers, new { where = new { linkedTo = new { id = GlobalId.Encode(team), type = "MEMBER_OF", direction = "OUT" } } });

        Assert.NotEmpty(memberVolunteers);
        Assert.Equal(memberVolunteers, result.Items("data.volunteers.nodes").Select(n => n.Text("id")).ToHashSet());
    }

    [Fact]
    public async Task LinkedTo_WrongDirection_AnswersNothing()
    {
        var hub = await DemoHub.Shared;
        var team = hub.Snapshot.Nodes<Organization>().Single(o => o.Name == "高塘岭街道低龄老人志愿服务队");

        var result = await hub.RunJsonAsync(Volunteers, new { where = new { linkedTo = new { id = GlobalId.Encode(team), type = "MEMBER_OF", direction = "IN" } } });

        Assert.Equal(0, result.At("data.volunteers.totalCount").GetInt32());
    }

    [Fact]
    public async Task LinkedTo_NodeThatDoesNotExist_IsBadUserInput()
    {
        var result = await (await DemoHub.Shared).RunJsonAsync(Volunteers, new { where = new { linkedTo = new { id = GlobalId.Encode(NodeKind.Organization, 987654) } } });

        Assert.Equal(HubErrorCodes.BadUserInput, result.ErrorCode());
    }

    [Fact]
    public async Task Not_TogetherWithItsCondition_CoversEveryItemOnce()
    {
        var hub = await DemoHub.Shared;
        var condition = new { offersService = "companionship" };

        var with = await hub.RunJsonAsync("query($where: VolunteerFilter) { volunteers(where: $where) { totalCount } }", new { where = condition });
        var without = await hub.RunJsonAsync("query($where: VolunteerFilter) { volunteers(where: $where) { totalCount } }", new { where = new { not = condition } });

        var a = with.At("data.volunteers.totalCount").GetInt32();
        var b = without.At("data.volunteers.totalCount").GetInt32();
        Assert.True(a > 0 && b > 0);
        Assert.Equal(hub.Snapshot.Count(NodeKind.Volunteer), a + b);
    }

    [Fact]
    public async Task Or_TwoTownships_AnswersTheItemsOfBoth()
    {
        var hub = await DemoHub.Shared;

        var either = await Count(hub, new { or = new[] { new { withinAreaCode = "430112001" }, new { withinAreaCode = "430112006" } } });
        var first = await Count(hub, new { withinAreaCode = "430112001" });
        var second = await Count(hub, new { withinAreaCode = "430112006" });

        Assert.Equal(first + second, either);
    }

    [Fact]
    public async Task And_TwoConditions_AnswersOnlyItemsMeetingBoth()
    {
        var hub = await DemoHub.Shared;

        var result = await hub.RunJsonAsync(Volunteers, new { where = new { and = new object[] { new { withinAreaCode = Township }, new { offersService = "culture" } } } });

        var nodes = result.Items("data.volunteers.nodes");
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n =>
        {
            Assert.StartsWith(Township, n.Text("area.code"), StringComparison.Ordinal);
            Assert.Contains(n.Items("skills"), s => s.GetString()!.StartsWith("culture", StringComparison.Ordinal));
        });
        Assert.True(nodes.Count < await Count(hub, new { withinAreaCode = Township }));
    }

    [Fact]
    public async Task Not_NestedInsideOr_Combines()
    {
        var hub = await DemoHub.Shared;

        var all = await Count(hub, new { or = new object[] { new { kindIn = new[] { "STUDENT" } }, new { not = new { kindIn = new[] { "STUDENT" } } } } });

        Assert.Equal(hub.Snapshot.Count(NodeKind.Volunteer), all);
    }

    [Fact]
    public async Task Filter_MoreThanFiftyConditions_IsBadUserInput()
    {
        var many = Enumerable.Range(0, 60).Select(i => new { name = new { contains = i.ToString(System.Globalization.CultureInfo.InvariantCulture) } }).ToArray();

        var result = await (await DemoHub.Shared).RunJsonAsync(Volunteers, new { where = new { or = many } });

        Assert.Equal(HubErrorCodes.BadUserInput, result.ErrorCode());
    }

    [Fact]
    public async Task OrderByName_Descending_IsAscendingReversed()
    {
        var where = new { withinAreaCode = Township };

        var ascending = await OrganizationNodes(where, new { field = "NAME", direction = "ASC" });
        var descending = await OrganizationNodes(where, new { field = "NAME", direction = "DESC" });

        Assert.True(ascending.Count > 5);
        Assert.Equal(ascending.Select(n => n.Text("id")).Reverse(), descending.Select(n => n.Text("id")));
    }

    [Fact]
    public async Task OrderByName_Ascending_IsInCodePointOrder()
    {
        var names = (await OrganizationNodes(new { withinAreaCode = Township }, new { field = "NAME" })).Select(n => n.Text("name")!).ToList();

        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task OrderByCreated_Descending_AnswersNewestFirst()
    {
        var hub = await DemoHub.Shared;

        var result = await hub.RunJsonAsync("{ organizations(orderBy: {field: CREATED, direction: DESC}, first: 1) { nodes { id } } }");

        Assert.Equal(GlobalId.Encode(hub.Snapshot.Nodes<Organization>().Last()), result.Text("data.organizations.nodes.0.id"));
    }

    [Fact]
    public async Task Name_ConditionOver200Characters_IsBadUserInput()
    {
        var result = await (await DemoHub.Shared).RunJsonAsync(Organizations, new { where = new { name = new { contains = new string('长', 201) } } });

        Assert.Equal(HubErrorCodes.BadUserInput, result.ErrorCode());
    }

    private static async Task<int> Count(DemoHub hub, object where) =>
        (await hub.RunJsonAsync("query($where: VolunteerFilter) { volunteers(where: $where) { totalCount } }", new { where })).At("data.volunteers.totalCount").GetInt32();

    private static async Task<List<JsonElement>> OrganizationNodes(object where, object? orderBy = null)
    {
        var result = await (await DemoHub.Shared).RunJsonAsync(Organizations, new { where, orderBy });
        Assert.Empty(result.ErrorCodes());
        Assert.True(result.At("data.organizations.totalCount").GetInt32() <= 100, "the filter matches more than one page");
        return result.Items("data.organizations.nodes");
    }
}
