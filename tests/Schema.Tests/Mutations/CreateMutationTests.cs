using System.Text.Json;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Tests.Mutations;

public sealed class CreateMutationTests(DemoHubFixture fixture) : IClassFixture<DemoHubFixture>
{
    private DemoHub Hub => fixture.Hub;

    private NetworkSnapshot S => Hub.Snapshot;

    public static TheoryData<string> Refusals => new()
    {
        "area code outside its parent",
        "community without parent",
        "organization with unknown service",
        "social worker employed by a volunteer",
        "volunteer with an ID-card number",
        "volunteer with a taken number",
        "resource with negative capacity",
        "elder with a bad phone",
        "need without categories",
        "need owned by a volunteer",
        "activity ending before it starts",
        "activity hosted at an organization",
        "project with negative budget",
        "referral to an area",
        "service record of no hours",
        "service record rated 6",
        "consent without scope",
        "organization with an empty name",
        "volunteer with a 201-character name",
    };

    [Fact]
    public async Task CreateArea_CommunityWithParent_LiesInTheTownship()
    {
        var (result, before, after) = await Create("Area", "area", "id version code level kind population parent { code } links(direction: OUT, types: [PART_OF]) { totalCount }", new
        {
            name = "测试新建社区",
            code = "430112001150",
            level = "COMMUNITY",
            kind = "COMMUNITY",
            population = 3200,
            point = new { lat = 28.35, lon = 112.82 },
            parentId = DemoNodes.Township(S),
        });

        Assert.Empty(result.Items("userErrors"));
        Assert.Equal("430112001", result.Text("area.parent.code"));
        Assert.Equal(1, result.At("area.version").GetInt32());
        Assert.Equal(3200, result.At("area.population").GetInt32());
        Assert.Equal(1, result.At("area.links.totalCount").GetInt32());
        Assert.Equal(before with { Nodes = before.Nodes + 1, Links = before.Links + 1, Sequence = before.Sequence + 1 }, after);
        var found = await Hub.RunJsonAsync("""{ area(code: "430112001150") { id name } }""");
        Assert.Equal(result.Text("area.id"), found.Text("data.area.id"));
    }

    [Fact]
    public async Task CreateOrganization_WithArea_IsLocatedThere()
    {
        var (result, before, after) = await Create("Organization", "organization", "id name kind registration services situations contact capacity availability area { code }", new
        {
            name = "测试社区夕阳红艺术团",
            kind = "ART_TROUPE",
            registration = "FILED",
            services = new[] { "culture.performance.home-delivery", "culture.opera" },
            situations = new[] { "disabled" },
            contact = "0731-88000000",
            capacity = 4,
            availability = "Sat 09-12",
            areaId = DemoNodes.Community(S),
        });

        Assert.Empty(result.Items("userErrors"));
        Assert.Equal("430112001001", result.Text("organization.area.code"));
        Assert.Equal("ART_TROUPE", result.Text("organization.kind"));
        Assert.Equal(["culture.performance.home-delivery", "culture.opera"], result.Items("organization.services").Select(s => s.GetString()));
        Assert.Equal("Sat 09-12", result.Text("organization.availability"));
        Assert.Equal(before with { Nodes = before.Nodes + 1, Links = before.Links + 1, Sequence = before.Sequence + 1 }, after);
    }

    [Fact]
    public async Task CreateSocialWorker_WithAreaAndEmployer_IsLinkedToBoth()
    {
        var station = DemoNodes.Station(S);
        var (result, before, after) = await Create("SocialWorker", "socialWorker", "id role qualification skills area { code } links(direction: OUT, types: [EMPLOYED_BY]) { edges { node { id } } }", new
        {
            name = "测试社工",
            role = "STATION",
            qualification = "INTERMEDIATE",
            skills = new[] { "social-work.case" },
            areaId = DemoNodes.Township(S),
            employerId = station,
        });

        Assert.Empty(result.Items("userErrors"));
        Assert.Equal("430112001", result.Text("socialWorker.area.code"));
        Assert.Equal(station, Assert.Single(result.Items("socialWorker.links.edges")).Text("node.id"));
        Assert.Equal(before with { Nodes = before.Nodes + 1, Links = before.Links + 2, Sequence = before.Sequence + 1 }, after);
    }

    [Fact]
    public async Task CreateVolunteer_WithArea_IsFoundInItsTownship()
    {
        var (result, before, after) = await Create("Volunteer", "volunteer", "id name volunteerNumber category skills situations maxTravelKm availability area { code }", new
        {
            name = "测试志愿者",
            volunteerNumber = "CREATE0001",
            category = "YOUNGER_ELDER",
            skills = new[] { "culture.opera", "companionship.visit" },
            maxTravelKm = 3.5,
            availability = "Mon-Fri 09-11",
            areaId = DemoNodes.Community(S),
        });

        Assert.Empty(result.Items("userErrors"));
        Assert.Equal("CREATE0001", result.Text("volunteer.volunteerNumber"));
        Assert.Equal(3.5, result.At("volunteer.maxTravelKm").GetDouble());
        Assert.Equal(before with { Nodes = before.Nodes + 1, Links = before.Links + 1, Sequence = before.Sequence + 1 }, after);
        var inTownship = await Hub.RunJsonAsync("""{ volunteers(where: {withinAreaCode: "430112001", name: {equals: "测试志愿者"}}) { nodes { id } } }""");
        Assert.Equal(result.Text("volunteer.id"), inTownship.Text("data.volunteers.nodes.0.id"));
    }

    [Fact]
    public async Task CreateResource_WithAreaAndOwner_IsOwnedByTheCommunity()
    {
        var community = DemoNodes.Community(S);
        var (result, before, after) = await Create("Resource", "resource", "id kind capacity equipment accessible openingHours area { code } links(direction: IN, types: [OWNS]) { edges { node { id } } }", new
        {
            name = "测试社区活动室",
            kind = "VENUE",
            services = new[] { "venue.hall" },
            capacity = 60,
            equipment = new[] { "投影仪", "音响" },
            accessible = true,
            openingHours = "Mon-Sun 08-20",
            areaId = community,
            ownerId = community,
        });

        Assert.Empty(result.Items("userErrors"));
        Assert.Equal(community, Assert.Single(result.Items("resource.links.edges")).Text("node.id"));
        Assert.True(result.At("resource.accessible").GetBoolean());
        Assert.Equal(["投影仪", "音响"], result.Items("resource.equipment").Select(e => e.GetString()));
        Assert.Equal(before with { Nodes = before.Nodes + 1, Links = before.Links + 2, Sequence = before.Sequence + 1 }, after);
    }

    [Fact]
    public async Task CreateElder_WithArea_AnswersTheRecordToWhoServesIt_AndTheLabelToTheOfficial()
    {
        var (result, before, after) = await Create("Elder", "elder", "id name ageBand area { code }", new
        {
            name = "周某测",
            ageBand = "FROM_80_TO_89",
            living = "ALONE",
            mobility = "PARTLY_DISABLED",
            situations = new[] { "living-alone" },
            phone = "138 0000 0000",
            areaId = DemoNodes.Community(S),
        }, Callers.SocialWorker());

        var official = await Hub.RunJsonAsync("query($id: ID!) { node(id: $id) { ... on Elder { name ageBand } } }", new { id = result.Text("elder.id") }, Callers.Official());

        Assert.Empty(result.Items("userErrors"));
        Assert.Equal("周某测", result.Text("elder.name"));
        Assert.Equal("430112001001", result.Text("elder.area.code"));
        Assert.Equal(before with { Nodes = before.Nodes + 1, Links = before.Links + 1, Sequence = before.Sequence + 1 }, after);
        Assert.Equal($"80-89岁老人（{S.AreaByCode("430112001001")!.Name}）", official.Text("data.node.name"));
        Assert.Equal("FROM_80_TO_89", official.Text("data.node.ageBand"));
    }

    [Fact]
    public async Task CreateElder_WithHomePoint_ShowsThePointOnlyToWhoServesTheElder()
    {
        var (result, _, _) = await Create("Elder", "elder", "id", new
        {
            name = "郑某位",
            ageBand = "FROM_90",
            living = "ALONE",
            mobility = "DISABLED",
            point = new { lat = 28.37071, lon = 112.84246 },
            areaId = DemoNodes.Community(S),
        }, Callers.SocialWorker());
        const string Read = "query($id: ID!) { node(id: $id) { ... on Elder { point { lat lon } } } }";

        var official = await Hub.RunJsonAsync(Read, new { id = result.Text("elder.id") }, Callers.Official());
        var worker = await Hub.RunJsonAsync(Read, new { id = result.Text("elder.id") }, Callers.SocialWorker());

        Assert.Equal(JsonValueKind.Null, official.At("data.node.point").ValueKind);
        Assert.Equal(["FORBIDDEN"], official.ErrorCodes());
        Assert.Equal(28.37071, worker.At("data.node.point.lat").GetDouble());
    }

    [Fact]
    public async Task CreateNeed_WithOwnerAndArea_BelongsToTheElder()
    {
        var elder = DemoNodes.Elder(S);
        var (result, before, after) = await Create("Need", "need", "id status mode categories helpersWanted window { from to weekly } area { code } links(direction: IN, types: [HAS_NEED]) { edges { node { id } } }", new
        {
            name = "测试送节目上门",
            categories = new[] { "culture.performance.home-delivery" },
            situations = new[] { "disabled" },
            mode = "HOME",
            window = new { from = "2026-12-01", to = "2026-12-31", weekly = "Sat 09-12" },
            areaId = DemoNodes.Community(S),
            ownerId = elder,
        });

        Assert.Empty(result.Items("userErrors"));
        Assert.Equal(elder, Assert.Single(result.Items("need.links.edges")).Text("node.id"));
        Assert.Equal("OPEN", result.Text("need.status"));
        Assert.Equal(1, result.At("need.helpersWanted").GetInt32());
        Assert.Equal("Sat 09-12", result.Text("need.window.weekly"));
        Assert.Equal(before with { Nodes = before.Nodes + 1, Links = before.Links + 2, Sequence = before.Sequence + 1 }, after);
    }

    [Fact]
    public async Task CreateActivity_WithAreaVenueAndOrganizer_IsLinkedToAll()
    {
        var hall = DemoNodes.Hall(S);
        var station = DemoNodes.Station(S);
        var (result, before, after) = await Create("Activity", "activity", "id services schedule { weekly } area { code } links(direction: OUT, types: [HOSTED_AT, ORGANIZED_BY]) { edges { link { type } node { id } } }", new
        {
            name = "测试智慧工具课堂",
            services = new[] { "education.smart-devices" },
            schedule = new { from = "2026-12-01", weekly = "Wed 09-11" },
            participants = 20,
            areaId = DemoNodes.Township(S),
            venueId = hall,
            organizerId = station,
        });

        Assert.Empty(result.Items("userErrors"));
        var links = result.Items("activity.links.edges").ToDictionary(e => e.Text("link.type")!, e => e.Text("node.id"));
        Assert.Equal(hall, links["HOSTED_AT"]);
        Assert.Equal(station, links["ORGANIZED_BY"]);
        Assert.Equal(before with { Nodes = before.Nodes + 1, Links = before.Links + 3, Sequence = before.Sequence + 1 }, after);
    }

    [Fact]
    public async Task CreateProject_WithPurchaserAndProvider_IsLinkedToBoth()
    {
        var bureau = DemoNodes.Bureau(S);
        var agency = DemoNodes.Agency(S);
        var (result, before, after) = await Create("Project", "project", "id budget deliverables period { from to } links { edges { direction link { type } node { id } } }", new
        {
            name = "测试政府购买服务项目",
            services = new[] { "social-work.case" },
            period = new { from = "2027-01-01", to = "2027-12-31" },
            budget = 120000.50m,
            deliverables = new[] { "个案服务30例" },
            purchaserId = bureau,
            providerId = agency,
        });

        Assert.Empty(result.Items("userErrors"));
        var links = result.Items("project.links.edges").ToDictionary(e => e.Text("link.type")!, e => (e.Text("direction"), e.Text("node.id")));
        Assert.Equal(("IN", bureau), links["CONTRACTS"]);
        Assert.Equal(("OUT", agency), links["DELIVERED_BY"]);
        Assert.Equal(120000.50m, result.At("project.budget").GetDecimal());
        Assert.Equal(before with { Nodes = before.Nodes + 1, Links = before.Links + 2, Sequence = before.Sequence + 1 }, after);
    }

    [Fact]
    public async Task CreateReferral_OfANeedToAVolunteer_StartsAsDraft()
    {
        var (result, before, after) = await Create("Referral", "referral", "id status outcome", new
        {
            name = "测试转介",
            needId = DemoNodes.Need(S),
            helperId = GlobalId.Encode(DemoNodes.Volunteer(S)),
            senderId = DemoNodes.Station(S),
        });

        Assert.Empty(result.Items("userErrors"));
        Assert.Equal("DRAFT", result.Text("referral.status"));
        Assert.Equal(before with { Nodes = before.Nodes + 1, Sequence = before.Sequence + 1 }, after);
    }

    [Fact]
    public async Task CreateServiceRecord_OfAVolunteerForAnElder_KeepsHoursAndRating()
    {
        var (result, before, after) = await Create("ServiceRecord", "serviceRecord", "id date hours rating", new
        {
            name = "测试服务记录",
            servedById = GlobalId.Encode(DemoNodes.Volunteer(S)),
            forId = DemoNodes.Elder(S),
            date = "2026-11-20",
            hours = 2.5m,
            rating = 5,
        });

        Assert.Empty(result.Items("userErrors"));
        Assert.Equal("2026-11-20", result.Text("serviceRecord.date"));
        Assert.Equal(2.5m, result.At("serviceRecord.hours").GetDecimal());
        // The volunteer's hours earn their credits in the same commit: the record and its time-bank entry.
        Assert.Equal(before with { Nodes = before.Nodes + 2, Sequence = before.Sequence + 1 }, after);
        GlobalId.TryDecode(result.Text("serviceRecord.id"), out _, out var record);
        var earning = Assert.Single(S.Nodes<TimeBankEntry>(), e => e.ServiceRecordId == record);
        Assert.Equal((TimeBankEntryKind.Earn, 2.5m, DemoNodes.Volunteer(S).Id), (earning.EntryKind, earning.Credits, earning.ToId));
    }

    [Fact]
    public async Task CreateConsent_OfAnElder_KeepsPurposeAndScope()
    {
        var (result, before, after) = await Create("Consent", "consent", "id purpose scope withdrawnAt", new
        {
            name = "测试知情同意",
            elderId = DemoNodes.Elder(S),
            purpose = "转介送节目上门服务",
            scope = new[] { "name", "address" },
            recipientId = DemoNodes.Station(S),
            givenAt = "2026-11-01T10:00:00+08:00",
        });

        Assert.Empty(result.Items("userErrors"));
        Assert.Equal(["name", "address"], result.Items("consent.scope").Select(s => s.GetString()));
        Assert.Equal(JsonValueKind.Null, result.At("consent.withdrawnAt").ValueKind);
        Assert.Equal(before with { Nodes = before.Nodes + 1, Sequence = before.Sequence + 1 }, after);
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Create_InputBreakingARule_IsRefusedNamingTheFieldAndWritesNothing(string refusal)
    {
        var (kind, field, input) = Refused(refusal);
        var payloadField = char.ToLowerInvariant(kind[0]) + kind[1..];

        var (result, before, after) = await Create(kind, payloadField, "id", input);

        Assert.Contains((field, HubErrorCodes.BadUserInput), result.UserErrors());
        Assert.Equal(JsonValueKind.Null, result.At(payloadField).ValueKind);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task CreateVolunteer_SeveralRulesBroken_ReportsEveryOneAtOnce()
    {
        var (result, before, after) = await Create("Volunteer", "volunteer", "id", new
        {
            name = " ",
            volunteerNumber = "12",
            category = "STUDENT",
            skills = new[] { "culture.nope" },
            maxTravelKm = 250.0,
            capacity = -1,
            areaId = "not-an-id",
        });

        Assert.Equal(["areaId", "capacity", "maxTravelKm", "name", "skills", "volunteerNumber"], result.UserErrors().Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.All(result.UserErrors(), e => Assert.Equal(HubErrorCodes.BadUserInput, e.Code));
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task CreateVolunteer_AnonymousCaller_IsUnauthenticatedAndWritesNothing()
    {
        var before = await NetworkTotals.ReadAsync(Hub);

        var result = await Hub.RunJsonAsync("""
            mutation($input: CreateVolunteerInput!) { createVolunteer(input: $input) { volunteer { id } } }
            """, new { input = new { name = "匿名者", volunteerNumber = "ANON000001", category = "RESIDENT" } }, Caller.Anonymous);

        Assert.Equal(HubErrorCodes.Unauthenticated, result.ErrorCode());
        Assert.Equal(before, await NetworkTotals.ReadAsync(Hub));
    }

    [Fact]
    public async Task CreateNeed_OwnerThatDoesNotExist_IsNotFoundAndWritesNothing()
    {
        var before = await NetworkTotals.ReadAsync(Hub);

        var result = await Hub.RunJsonAsync("""
            mutation($input: CreateNeedInput!) { createNeed(input: $input) { need { id } userErrors { field message code } } }
            """, new { input = new { name = "无主需求", categories = new[] { "meal.help" }, mode = "VENUE", ownerId = GlobalId.Encode(NodeKind.Elder, 987654) } });

        Assert.Equal([("ownerId", HubErrorCodes.NotFound)], result.At("data.createNeed").UserErrors());
        Assert.Equal(before, await NetworkTotals.ReadAsync(Hub));
    }

    private (string Kind, string Field, object Input) Refused(string refusal) => refusal switch
    {
        "area code outside its parent" => ("Area", "code", new { name = "错位社区", code = "430112002160", level = "COMMUNITY", kind = "COMMUNITY", parentId = DemoNodes.Township(S) }),
        "community without parent" => ("Area", "parentId", new { name = "无上级社区", code = "430112001161", level = "COMMUNITY", kind = "COMMUNITY" }),
        "organization with unknown service" => ("Organization", "services", new { name = "未知服务组织", kind = "INTEREST_GROUP", registration = "FILED", services = new[] { "culture.nope" } }),
        "social worker employed by a volunteer" => ("SocialWorker", "employerId",
            new { name = "错雇社工", role = "AGENCY", qualification = "NONE", employerId = GlobalId.Encode(DemoNodes.Volunteer(S)) }),
        "volunteer with an ID-card number" => ("Volunteer", "volunteerNumber", new { name = "身份证号志愿者", volunteerNumber = "43011219500101123X", category = "RESIDENT" }),
        "volunteer with a taken number" => ("Volunteer", "volunteerNumber", new { name = "重号志愿者", volunteerNumber = DemoNodes.Volunteer(S).VolunteerNumber, category = "RESIDENT" }),
        "resource with negative capacity" => ("Resource", "capacity", new { name = "负容量场地", kind = "VENUE", capacity = -1 }),
        "elder with a bad phone" => ("Elder", "phone", new { name = "吴某错", ageBand = "FROM_70_TO_79", living = "WITH_SPOUSE", mobility = "INDEPENDENT", phone = "call me" }),
        "need without categories" => ("Need", "categories", new { name = "无类别需求", categories = Array.Empty<string>(), mode = "HOME", ownerId = DemoNodes.Elder(S) }),
        "need owned by a volunteer" => ("Need", "ownerId", new { name = "志愿者的需求", categories = new[] { "meal.help" }, mode = "HOME", ownerId = GlobalId.Encode(DemoNodes.Volunteer(S)) }),
        "activity ending before it starts" => ("Activity", "schedule", new { name = "倒序活动", schedule = new { from = "2026-12-31", to = "2026-01-01" } }),
        "activity hosted at an organization" => ("Activity", "venueId", new { name = "错场地活动", venueId = DemoNodes.Station(S) }),
        "project with negative budget" => ("Project", "budget", new { name = "负预算项目", budget = -1m }),
        "referral to an area" => ("Referral", "helperId", new { name = "转介到区域", needId = DemoNodes.Need(S), helperId = DemoNodes.Community(S), senderId = DemoNodes.Station(S) }),
        "service record of no hours" => ("ServiceRecord", "hours",
            new { name = "零时长", servedById = GlobalId.Encode(DemoNodes.Volunteer(S)), forId = DemoNodes.Elder(S), date = "2026-11-01", hours = 0m }),
        "service record rated 6" => ("ServiceRecord", "rating",
            new { name = "六星", servedById = GlobalId.Encode(DemoNodes.Volunteer(S)), forId = DemoNodes.Elder(S), date = "2026-11-01", hours = 1m, rating = 6 }),
        "consent without scope" => ("Consent", "scope", new { name = "空范围", elderId = DemoNodes.Elder(S), purpose = "转介", scope = Array.Empty<string>(), givenAt = "2026-11-01T10:00:00+08:00" }),
        "organization with an empty name" => ("Organization", "name", new { name = "   ", kind = "MEDIA", registration = "REGISTERED" }),
        "volunteer with a 201-character name" => ("Volunteer", "name", new { name = new string('长', 201), volunteerNumber = "LONGNAME01", category = "STUDENT" }),
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, "no such case"),
    };

    private async Task<(JsonElement Payload, NetworkTotals Before, NetworkTotals After)> Create(string kind, string payloadField, string selection, object input,
        Caller? caller = null)
    {
        var before = await NetworkTotals.ReadAsync(Hub);
        var result = await Hub.RunJsonAsync($$"""
            mutation($input: Create{{kind}}Input!) { create{{kind}}(input: $input) { {{payloadField}} { {{selection}} } userErrors { field message code } } }
            """, new { input }, caller);
        Assert.Empty(result.ErrorMessages());
        return (result.At($"data.create{kind}"), before, await NetworkTotals.ReadAsync(Hub));
    }
}
