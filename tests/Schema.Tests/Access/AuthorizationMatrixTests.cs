using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Persistence;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Tests.Access;

/// <summary>
/// The authorization matrix: every role, inside and outside its scope, against every personal field, every way to
/// reach an elder or their need (node, nodes, lists, links, search), filters, orders, counts, matching and mutations.
/// The expected answers are written here from the design's rules (DESIGN.md, privacy), not read from the policy; and
/// the audit log must hold exactly the reads of personal data these checks made.
/// </summary>
public sealed class AuthorizationMatrixTests : IClassFixture<AuthorizationMatrixTests.Matrix>
{
    private readonly Matrix _m;

    public AuthorizationMatrixTests(Matrix matrix) => _m = matrix;

    /// <summary>
    /// A demo hub with the matrix's own nodes in 高塘岭街道's first community (C): an elder E with every personal field
    /// set, E's need N (no area of its own: it is placed by E), a volunteer VS who serves only disabled elders and offers
    /// what N asks, another volunteer VO, an interest group G that E belongs to, and a referral R of N sent by G to VS with a
    /// reason on its SENT step. And around them: E's second need N2, referred by G to VS under E's consent K (given to VS),
    /// completed with two hours served (VS's EARN) and rated by G with a comment naming E; a TRANSFER from VS to E whose
    /// reason names her and a SPEND of E's, both recorded by the social worker who serves them (VS does not see E, so may not
    /// name her); G's venue V with G's booking B and a cancelled one B2; and G's webhook W.
    /// </summary>
    public sealed class Matrix : IAsyncLifetime
    {
        public const string Community = "430112001001";
        public const string ElderName = "冼某蓉";
        public const string NeedName = "冼某蓉失能送戏上门";
        public const string RatingComment = "冼某蓉说演出很精彩";
        public const string TransferReason = "转赠给母亲冼某蓉";
        public const string SpendReason = "冼某蓉兑换助餐";
        public const string ConsentPurpose = "矩阵转介知情同意";
        public const string CancelReason = "矩阵场地维修";

        public DemoHub Hub { get; private set; } = null!;
        public string E { get; private set; } = "";
        public string N { get; private set; } = "";
        public string VS { get; private set; } = "";
        public string VO { get; private set; } = "";
        public string G { get; private set; } = "";
        public string R { get; private set; } = "";
        public string N2 { get; private set; } = "";
        public string K { get; private set; } = "";
        public string R2 { get; private set; } = "";
        public string Earn { get; private set; } = "";
        public string Transfer { get; private set; } = "";
        public string Spend { get; private set; } = "";
        public string V { get; private set; } = "";
        public string B { get; private set; } = "";
        public string B2 { get; private set; } = "";
        public string W { get; private set; } = "";
        public string WebhookSecret { get; private set; } = "";

        /// <summary>The committed changes that rated R2 and booked B, for the subscriptions to follow.</summary>
        public NetworkChange RatingChange { get; private set; } = null!;
        public NetworkChange BookingChange { get; private set; } = null!;

        public Dictionary<string, Caller> Callers { get; private set; } = [];

        public async Task InitializeAsync()
        {
            Hub = await DemoHub.CreateAsync();
            var area = GlobalId.Encode(Hub.Snapshot.AreaByCode(Community)!);
            G = await CreateAsync("Organization", new { name = "矩阵戏曲兴趣小组", kind = "INTEREST_GROUP", registration = "FILED", services = new[] { "culture.opera" }, areaId = area });
            E = await CreateAsync("Elder", new
            {
                name = ElderName, ageBand = "FROM_80_TO_89", living = "ALONE", mobility = "DISABLED", situations = new[] { "disabled" }, interests = new[] { "culture.opera" },
                phone = "139 0000 1111", address = "示例地址十一号", healthNotes = "需每日服药", description = "矩阵测试老人", point = new { lat = 28.3705, lon = 112.8405 }, areaId = area,
            });
            N = await CreateAsync("Need", new
            {
                name = NeedName, description = "矩阵需求描述", categories = new[] { "culture.performance.home-delivery" }, situations = new[] { "disabled" },
                mode = "HOME", point = new { lat = 28.3706, lon = 112.8406 }, ownerId = E,
            });
            VS = await CreateAsync("Volunteer", new
            {
                name = "矩阵志愿者甲", volunteerNumber = "MATRIX0001", category = "RESIDENT", skills = new[] { "culture.performance.home-delivery" },
                situations = new[] { "disabled" }, maxTravelKm = 20, point = new { lat = 28.371, lon = 112.841 }, areaId = area,
            });
            VO = await CreateAsync("Volunteer", new { name = "矩阵志愿者乙", volunteerNumber = "MATRIX0002", category = "RESIDENT", skills = new[] { "companionship.visit" }, areaId = area });
            var linked = await Hub.RunJsonAsync("mutation($input: LinkInput!) { link(input: $input) { userErrors { message } } }", new { input = new { type = "MEMBER_OF", fromId = E, toId = G } });
            Assert.Empty(linked.Items("data.link.userErrors"));
            R = await CreateAsync("Referral", new { name = "矩阵转介", needId = N, helperId = VS, senderId = G });
            var sent = await Hub.RunJsonAsync("mutation($input: ReferralStepInput!) { sendReferral(input: $input) { userErrors { message } } }",
                new { input = new { id = R, version = 1, reason = "矩阵转介理由" } });
            Assert.Empty(sent.Items("data.sendReferral.userErrors"));
            long Id(string global) => GlobalId.TryDecode(global, out _, out var id) ? id : 0;
            Callers = new()
            {
                ["anonymous"] = Caller.Anonymous,
                ["app"] = new Caller { Subject = "m:app", Roles = Roles.App, AppId = "m-app" },
                ["volunteer:self"] = new Caller { Subject = "m:vs", Roles = Roles.Volunteer, NodeId = Id(VS) },
                ["volunteer:other"] = new Caller { Subject = "m:vo", Roles = Roles.Volunteer, NodeId = Id(VO) },
                ["org_admin:own"] = new Caller { Subject = "m:org", Roles = Roles.OrgAdmin, NodeId = Id(G) },
                ["social_worker:in"] = new Caller { Subject = "m:sw-in", Roles = Roles.SocialWorker, AreaCodes = ["430112001"] },
                ["social_worker:out"] = new Caller { Subject = "m:sw-out", Roles = Roles.SocialWorker, AreaCodes = ["430112002"] },
                ["official:in"] = new Caller { Subject = "m:off-in", Roles = Roles.Official, AreaCodes = ["430112"] },
                ["official:out"] = new Caller { Subject = "m:off-out", Roles = Roles.Official, AreaCodes = ["430112002"] },
                ["admin"] = new Caller { Subject = "m:admin", Roles = Roles.Admin },
            };

            N2 = await CreateAsync("Need", new { name = "冼某蓉助餐送戏", categories = new[] { "culture.performance.home-delivery" }, situations = new[] { "disabled" }, mode = "HOME", ownerId = E });
            K = await CreateAsync("Consent", new { name = "矩阵知情同意", elderId = E, purpose = ConsentPurpose, scope = new[] { "name" }, recipientId = VS, givenAt = "2026-11-01T10:00:00+08:00" });
            R2 = await CreateAsync("Referral", new { name = "矩阵已评转介", needId = N2, helperId = VS, senderId = G, consentId = K });
            foreach (var step in new[] { "sendReferral", "acceptReferral", "startReferral" }) await WriteAsync(step, "ReferralStepInput", "", new { id = R2, version = Version(R2) });
            await WriteAsync("completeReferral", "CompleteReferralInput", "", new { id = R2, version = Version(R2), outcome = "GOT_HELP", hours = 2, date = "2026-11-20" });
            Earn = GlobalId.Encode(Hub.Snapshot.Nodes<TimeBankEntry>().Single(t => t.ToId == Id(VS)));
            using (var feed = Hub.Services.GetRequiredService<NetworkWriter>().Feed.Subscribe())
            {
                await WriteAsync("rateReferral", "RateReferralInput", "", new { id = R2, version = Version(R2), rating = 4, comment = RatingComment }, Callers["org_admin:own"]);
                Assert.True(feed.Changes.TryRead(out var rated));
                RatingChange = rated;
            }
            var staff = Callers["social_worker:in"];
            Transfer = (await WriteAsync("addTimeBankEntry", "CreateTimeBankEntryInput", "timeBankEntry { id }",
                new { name = "矩阵转赠", kind = "TRANSFER", fromId = VS, toId = E, credits = 1, date = "2026-11-21", reason = TransferReason }, staff)).Text("timeBankEntry.id")!;
            Spend = (await WriteAsync("addTimeBankEntry", "CreateTimeBankEntryInput", "timeBankEntry { id }",
                new { name = "矩阵支取", kind = "SPEND", fromId = E, credits = 0.5, date = "2026-11-22", reason = SpendReason }, staff)).Text("timeBankEntry.id")!;
            V = await CreateAsync("Resource", new { name = "矩阵活动室", kind = "VENUE", capacity = 40, openingHours = "Sat-Sun 08-18", areaId = area, ownerId = G, point = new { lat = 28.3707, lon = 112.8407 } });
            using (var feed = Hub.Services.GetRequiredService<NetworkWriter>().Feed.Subscribe())
            {
                B = (await WriteAsync("bookVenue", "CreateBookingInput", "booking { id }",
                    new { name = "矩阵排练", venueId = V, bookedById = G, participants = 20, window = new { from = "2026-12-06", to = "2026-12-06", weekly = "Sun 09-11" } }, Callers["org_admin:own"])).Text("booking.id")!;
                Assert.True(feed.Changes.TryRead(out var booked));
                BookingChange = booked;
            }
            B2 = (await WriteAsync("bookVenue", "CreateBookingInput", "booking { id }",
                new { name = "矩阵讲座", venueId = V, bookedById = G, window = new { from = "2026-12-13", to = "2026-12-13", weekly = "Sun 09-11" } })).Text("booking.id")!;
            await WriteAsync("cancelBooking", "CancelBookingInput", "", new { id = B2, version = Version(B2), reason = CancelReason });
            (W, WebhookSecret) = await CreateWebhookAsync("矩阵回调", Callers["org_admin:own"]);
        }

        public int Version(string global) => GlobalId.TryDecode(global, out _, out var id) ? Hub.Snapshot.Node(id)!.Version : 0;

        /// <summary>A webhook of G's for referral events, as <paramref name="caller"/> registers it: its id and signing secret.</summary>
        public async Task<(string Id, string Secret)> CreateWebhookAsync(string name, Caller caller)
        {
            var created = await WriteAsync("createWebhook", "CreateWebhookInput", "webhook { id signingSecret }",
                new { name, organizationId = G, url = "https://matrix.example.cn/hook", events = new[] { "referral.changed" } }, caller);
            return (created.Text("webhook.id")!, created.Text("webhook.signingSecret")!);
        }

        // A mutation the fixture makes, which must succeed: its payload.
        private async Task<JsonElement> WriteAsync(string mutation, string inputType, string selection, object input, Caller? caller = null)
        {
            var result = await Hub.RunJsonAsync($"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ {selection} userErrors {{ field message }} }} }}", new { input }, caller);
            Assert.Empty(result.ErrorCodes());
            Assert.Empty(result.Items($"data.{mutation}.userErrors"));
            return result.At($"data.{mutation}");
        }

        private async Task<string> CreateAsync(string kind, object input)
        {
            var field = char.ToLowerInvariant(kind[0]) + kind[1..];
            var result = await Hub.RunJsonAsync($$"""
                mutation($input: Create{{kind}}Input!) { create{{kind}}(input: $input) { {{field}} { id } userErrors { field message } } }
                """, new { input });
            Assert.Empty(result.Items($"data.create{kind}.userErrors"));
            return result.Text($"data.create{kind}.{field}.id")!;
        }

        public async Task DisposeAsync() => await Hub.DisposeAsync();
    }

    public static IEnumerable<string> AllCallers =>
        ["anonymous", "app", "volunteer:self", "volunteer:other", "org_admin:own", "social_worker:in", "social_worker:out", "official:in", "official:out", "admin"];

    // What each caller may see of E and N, and of VS: the design's rules written out.
    private static string ElderLevel(string caller) => caller switch
    {
        "social_worker:in" or "admin" => "personal",
        "official:in" => "deidentified",
        _ => "none",
    };

    // N as each caller sees it: as E, except that VS, the helper R was sent to, weighs it de-identified (without a consent
    // R shares nothing more, even once accepted).
    private static string NeedLevel(string caller) => caller == "volunteer:self" ? "deidentified" : ElderLevel(caller);

    private static bool SeesVolunteerNumber(string caller) => caller is not ("anonymous" or "app" or "volunteer:other");

    public static TheoryData<string, string> ElderFieldMatrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var caller in AllCallers)
        {
            foreach (var field in new[] { "name", "phone", "address", "point", "description", "healthNotes", "ageBand", "living", "mobility", "situations", "interests" })
                data.Add(caller, field);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ElderFieldMatrix))]
    public async Task ElderField_IsShownMaskedForbiddenOrHidden_AsTheRulesSay(string caller, string field)
    {
        var result = await Run($"query Field_{field}($id: ID!) {{ node(id: $id) {{ ... on Elder {{ {Select(field)} }} }} }}", new { id = _m.E }, caller);

        var deIdentified = field is "ageBand" or "living" or "mobility" or "situations" or "interests";
        var expected = ElderLevel(caller) switch
        {
            "none" => "hidden",
            "deidentified" when field == "name" => "masked",
            "deidentified" => deIdentified ? "shown" : "forbidden",
            _ => "shown",
        };
        Assert.Equal(expected, Outcome(result, "data.node", field, field == "name" ? Matrix.ElderName : null));
    }

    public static TheoryData<string, string> NeedFieldMatrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var caller in AllCallers)
        {
            foreach (var field in new[] { "name", "description", "point", "situations", "categories" }) data.Add(caller, field);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(NeedFieldMatrix))]
    public async Task NeedField_IsShownMaskedOrForbidden_AsTheRulesSay(string caller, string field)
    {
        var result = await Run($"query NeedField_{field}($id: ID!) {{ node(id: $id) {{ ... on Need {{ {Select(field)} }} }} }}", new { id = _m.N }, caller);

        var expected = (NeedLevel(caller), field) switch
        {
            (_, "categories") => "shown",
            ("personal", _) => "shown",
            (_, "name") => "masked",
            ("deidentified", "situations") => "shown",
            _ => "forbidden",
        };
        Assert.Equal(expected, Outcome(result, "data.node", field, field == "name" ? Matrix.NeedName : null));
    }

    [Theory]
    [MemberData(nameof(EveryCaller))]
    public async Task VolunteerNumber_IsShownToTheVolunteerAndStaffOnly(string caller)
    {
        var result = await Run("query VolunteerNumber($id: ID!) { node(id: $id) { ... on Volunteer { volunteerNumber } } }", new { id = _m.VS }, caller);

        Assert.Equal(SeesVolunteerNumber(caller) ? "shown" : "forbidden", Outcome(result, "data.node", "volunteerNumber", null));
    }

    public static TheoryData<string> EveryCaller() => [.. AllCallers];

    // What each caller may see of R: those who see N in full see R in full; N's official and R's parties (G's admin, the
    // sender; VS, the helper) see it with its steps' reasons masked; nobody else sees it.
    private static string ReferralLevel(string caller) => ElderLevel(caller) switch
    {
        "personal" => "personal",
        _ when caller is "official:in" or "org_admin:own" or "volunteer:self" => "deidentified",
        _ => "none",
    };

    [Theory]
    [MemberData(nameof(EveryCaller))]
    public async Task ReferralFields_ShowTheStepsToItsParties_AndTheReasonsToThoseWhoServeTheElder(string caller)
    {
        var result = await Run("query ReferralField($id: ID!) { node(id: $id) { ... on Referral { status need { id } helper { id } sender { id } history { to reason } } } }", new { id = _m.R }, caller);

        var level = ReferralLevel(caller);
        if (level == "none")
        {
            Assert.Equal("hidden", Outcome(result, "data.node", "status", null));
            return;
        }
        Assert.Empty(result.ErrorCodes());
        Assert.Equal(("SENT", _m.N, _m.VS, _m.G), (result.Text("data.node.status"), result.Text("data.node.need.id"), result.Text("data.node.helper.id"), result.Text("data.node.sender.id")));
        var step = result.Items("data.node.history").Single();
        Assert.Equal("SENT", step.Text("to"));
        Assert.Equal(level == "personal" ? "矩阵转介理由" : null, step.At("reason").ValueKind == JsonValueKind.Null ? null : step.Text("reason"));
    }

    public static TheoryData<string, string> ReferralStepMatrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var caller in AllCallers)
        {
            foreach (var step in new[] { "sendReferral", "startReferral" }) data.Add(caller, step);
        }
        return data;
    }

    // Each step is tried from a status it is not taken from (R is SENT), so nothing changes: its side learns that
    // (INVALID_TRANSITION), everyone else is refused the step itself.
    [Theory]
    [MemberData(nameof(ReferralStepMatrix))]
    public async Task ReferralStep_IsItsSidesToTake_AndOnlyTheirs(string caller, string step)
    {
        var version = GlobalId.TryDecode(_m.R, out _, out var id) ? _m.Hub.Snapshot.Node(id)!.Version : 0;

        var result = await Run($"mutation($input: ReferralStepInput!) {{ {step}(input: $input) {{ userErrors {{ code }} }} }}", new { input = new { id = _m.R, version } }, caller);

        var outcome = result.ErrorCodes() is [var code] ? code : string.Join(",", result.Items($"data.{step}.userErrors").Select(e => e.Text("code")));
        var side = step == "sendReferral" ? caller is "org_admin:own" or "admin" : caller is "volunteer:self" or "admin";
        Assert.Equal(side ? "INVALID_TRANSITION" : caller == "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN", outcome);
    }

    [Theory]
    [MemberData(nameof(EveryCaller))]
    public async Task Viewer_AnswersTheCallersOwnClaims_AndNothingElse(string caller)
    {
        var claims = _m.Callers[caller];

        var result = await Run("query Viewer { viewer { signedIn subject roles node { id } canWrite } }", null, caller);

        Assert.Empty(result.ErrorCodes());
        Assert.Equal(claims.IsSignedIn ? claims.Subject : null, result.Text("data.viewer.subject"));
        Assert.Equal(caller == "anonymous" ? [] : [caller.Split(':')[0].ToUpperInvariant()], result.Items("data.viewer.roles").Select(r => r.GetString()!));
        Assert.Equal(claims.NodeId is { } id ? _m.Hub.Snapshot.Node(id) is { } own ? GlobalId.Encode(own) : null : null,
            result.At("data.viewer.node").ValueKind == JsonValueKind.Null ? null : result.Text("data.viewer.node.id"));
        Assert.Equal(caller is not ("anonymous" or "app"), result.At("data.viewer.canWrite").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(EveryCaller))]
    public async Task Paths_ReachTheElderOnlyForThoseWhoMaySeeIt(string caller)
    {
        var sees = ElderLevel(caller) != "none";
        var lists = caller is "social_worker:in" or "social_worker:out" or "official:in" or "official:out" or "admin";

        var list = await Run("query PathList { elders(first: 100, where: {withinAreaCode: \"430112001001\"}) { nodes { id } } }", null, caller);
        var nodes = await Run("query PathNodes($id: ID!) { nodes(ids: [$id]) { id } }", new { id = _m.E }, caller);
        var members = await Run("query PathLinks($id: ID!) { node(id: $id) { ... on Organization { links(types: [MEMBER_OF], first: 100) { edges { node { id } } } } } }", new { id = _m.G }, caller);
        var owner = await Run("query PathOwner($id: ID!) { node(id: $id) { ... on Need { links(types: [HAS_NEED]) { totalCount } } } }", new { id = _m.N }, caller);
        var search = await Run("query PathSearch { search(text: \"冼某蓉\", first: 100) { node { id } } }", null, caller);

        Assert.Equal(!lists ? "forbidden" : sees ? "contains" : "lacks", ListOutcome(list, "data.elders", _m.E));
        Assert.Equal(sees ? _m.E : null, nodes.At("data.nodes.0").ValueKind == JsonValueKind.Null ? null : nodes.Text("data.nodes.0.id"));
        Assert.Equal(sees, members.Items("data.node.links.edges").Any(e => e.Text("node.id") == _m.E));
        Assert.Equal(sees ? 1 : 0, owner.At("data.node.links.totalCount").GetInt32());
        Assert.DoesNotContain(search.Items("data.search"), h => h.Text("node.id") == _m.N || h.Text("node.id") == _m.N2 || h.Text("node.id") == _m.E);
    }

    [Theory]
    [MemberData(nameof(EveryCaller))]
    public async Task FiltersOrdersAndCounts_ReadWhatTheCallerSees(string caller)
    {
        var level = ElderLevel(caller);
        var lists = caller is "social_worker:in" or "social_worker:out" or "official:in" or "official:out" or "admin";

        var byName = await Run("query FilterName { needs(where: {name: {equals: \"冼某蓉失能送戏上门\"}}) { totalCount } }", null, caller);
        var bySituation = await Run("query FilterSituation { needs(first: 100, where: {withinAreaCode: \"430112001001\", forSituation: \"disabled\"}) { nodes { id } } }", null, caller);
        var eldersByName = await Run("query FilterElderName { elders(where: {withinAreaCode: \"430112001001\", name: {startsWith: \"冼\"}}) { totalCount } }", null, caller);
        var eldersBySituation = await Run("query FilterElderSituation { elders(first: 100, where: {withinAreaCode: \"430112001001\", forSituation: \"disabled\"}) { nodes { id } } }", null, caller);
        var ordered = await Run("query OrderName { needs(first: 100, where: {withinAreaCode: \"430112001001\"}, orderBy: {field: NAME}) { nodes { id name } } }", null, caller);
        var counts = await Run("query CountArea { area(code: \"430112001001\") { counts { kind count } } }", null, caller);
        var elderCount = await Run("query CountElders { elders(where: {withinAreaCode: \"430112001001\"}) { totalCount } }", null, caller);

        Assert.Equal(level == "personal" ? 1 : 0, byName.At("data.needs.totalCount").GetInt32());
        Assert.Equal(NeedLevel(caller) != "none", bySituation.Items("data.needs.nodes").Any(n => n.Text("id") == _m.N));
        Assert.Equal(!lists ? "forbidden" : level == "personal" ? "1" : "0", Count(eldersByName, "data.elders"));
        Assert.Equal(!lists ? "forbidden" : level != "none" ? "contains" : "lacks", ListOutcome(eldersBySituation, "data.elders", _m.E));
        var names = ordered.Items("data.needs.nodes").Select(n => n.Text("name")!).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        var shownName = ordered.Items("data.needs.nodes").Single(n => n.Text("id") == _m.N).Text("name");
        Assert.Equal(level == "personal", shownName == Matrix.NeedName);
        var elders = _m.Hub.Snapshot.Nodes<Elder>().Count(e => Graph.Query.NodeFacets.HomeArea(_m.Hub.Snapshot, e.Id)?.Code == Matrix.Community);
        Assert.Equal(elders, counts.Items("data.area.counts").Single(k => k.Text("kind") == "ELDER").At("count").GetInt32());
        Assert.Equal(!lists ? "forbidden" : level == "none" ? "0" : elders.ToString(System.Globalization.CultureInfo.InvariantCulture), Count(elderCount, "data.elders"));
    }

    [Theory]
    [MemberData(nameof(EveryCaller))]
    public async Task Matching_UsesOnlyWhatTheCallerSees(string caller)
    {
        var situations = NeedLevel(caller) != "none";

        var who = await Run("query MatchWho($id: ID!) { whoCanHelp(needId: $id, first: 100) { helper { id } path { node { id } } } }", new { id = _m.N }, caller);

        var answers = who.Items("data.whoCanHelp");
        Assert.NotEmpty(answers);
        Assert.Equal(situations, answers.Any(a => a.Text("helper.id") == _m.VS));
        Assert.Equal(ElderLevel(caller) != "none", answers.Any(a => a.Items("path").Any(s => s.Text("node.id") == _m.E)));
        Assert.Empty(who.ErrorCodes());
    }

    [Theory]
    [MemberData(nameof(EveryCaller))]
    public async Task WhyNot_JudgesTheSituationRuleOnWhatTheCallerSees(string caller)
    {
        var why = await Run("query WhyNot($need: ID!, $helper: ID!) { whyNot(needId: $need, helperId: $helper) { qualifies rules { rule met } match { helper { id } } } }",
            new { need = _m.N, helper = _m.VS }, caller);

        // VS serves only disabled elders: those who may not see that N is for one are told the situation rule fails, as
        // their whoCanHelp leaves VS out.
        var sees = NeedLevel(caller) != "none";
        Assert.Empty(why.ErrorCodes());
        Assert.Equal(sees, why.Items("data.whyNot.rules").Single(r => r.Text("rule") == "SITUATION").At("met").GetBoolean());
        Assert.Equal(sees, why.At("data.whyNot.qualifies").GetBoolean());
        Assert.Equal(sees ? _m.VS : null, why.At("data.whyNot.match").ValueKind == JsonValueKind.Null ? null : why.Text("data.whyNot.match.helper.id"));
    }

    [Theory]
    [MemberData(nameof(EveryCaller))]
    public async Task WhomCanIHelp_ListsTheElderNeedOnlyForThoseWhoSeeItsSituation(string caller)
    {
        var whom = await _m.Hub.RunJsonAsync("query($id: ID!) { whomCanIHelp(helperId: $id, first: 100) { need { id } } }", new { id = _m.VS }, _m.Callers[caller]);

        Assert.Equal(NeedLevel(caller) != "none", whom.Items("data.whomCanIHelp").Any(n => n.Text("need.id") == _m.N));
    }

    public static TheoryData<string, string> MutationMatrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var caller in AllCallers)
        {
            foreach (var mutation in new[] { "updateElder", "createNeed", "updateVolunteer", "updateOrganization", "updateArea", "link" }) data.Add(caller, mutation);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(MutationMatrix))]
    public async Task Mutation_IsAllowedOrRefused_AsTheRulesSay(string caller, string mutation)
    {
        var hub = _m.Hub;
        int Version(string id) => GlobalId.TryDecode(id, out _, out var n) ? hub.Snapshot.Node(n)!.Version : 0;
        var area = GlobalId.Encode(hub.Snapshot.AreaByCode(Matrix.Community)!);
        var (document, input) = mutation switch
        {
            "updateElder" => ("mutation($input: UpdateElderInput!) { updateElder(input: $input) { userErrors { code } } }", (object)new { id = _m.E, version = Version(_m.E), healthNotes = "矩阵更新" }),
            "createNeed" => ("mutation($input: CreateNeedInput!) { createNeed(input: $input) { userErrors { code } } }", new { name = "矩阵新需求", categories = new[] { "meal.help" }, mode = "HOME", ownerId = _m.E }),
            "updateVolunteer" => ("mutation($input: UpdateVolunteerInput!) { updateVolunteer(input: $input) { userErrors { code } } }", new { id = _m.VS, version = Version(_m.VS), maxTravelKm = 19 }),
            "updateOrganization" => ("mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { userErrors { code } } }", new { id = _m.G, version = Version(_m.G), description = "矩阵简介" }),
            "updateArea" => ("mutation($input: UpdateAreaInput!) { updateArea(input: $input) { userErrors { code } } }", new { id = area, version = Version(area), population = 4321 }),
            _ => ("mutation($input: LinkInput!) { link(input: $input) { userErrors { code } } }", new { type = "MEMBER_OF", fromId = _m.VO, toId = _m.G }),
        };

        var result = await hub.RunJsonAsync(document, new { input }, _m.Callers[caller]);
        var outcome = result.ErrorCodes() is [var code] ? code : result.At($"data.{mutation}.userErrors").GetArrayLength() == 0 ? "ok" : "rejected";
        if (outcome == "ok" && mutation == "link")
            await hub.RunJsonAsync("mutation($input: UnlinkInput!) { unlink(input: $input) { deletedId } }", new { input = new { type = "MEMBER_OF", fromId = _m.VO, toId = _m.G } }, Callers.Admin);

        var allowed = mutation switch
        {
            "updateElder" or "createNeed" => caller is "social_worker:in" or "admin",
            "updateVolunteer" => caller is "volunteer:self" or "social_worker:in" or "official:in" or "admin",
            "updateOrganization" => caller is "org_admin:own" or "social_worker:in" or "official:in" or "admin",
            "updateArea" => caller is "official:in" or "admin",
            // Either end of a link in the caller's scope will do: a volunteer may link themselves (join a team).
            _ => caller is "volunteer:other" or "org_admin:own" or "social_worker:in" or "official:in" or "admin",
        };
        Assert.Equal(allowed ? "ok" : caller == "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN", outcome);
    }

    // The time bank as the rules give it: an account is its holder's and is read by those who see the holder's people — an
    // elder's account (E) as her record (those who serve her; her official de-identified), a volunteer's (VS) as the staff
    // of the area he belongs to. An entry is seen with any of its accounts; what it says (its reason, for a transfer who the
    // relative is) tells of the elder when it touches her account: shown to those who serve her and to the holder of its
    // other account, withheld from those who see her de-identified or not at all.
    private static bool SeesAccount(string caller, string account) => account == "VS"
        ? caller is "volunteer:self" or "social_worker:in" or "official:in" or "admin"
        : ElderLevel(caller) != "none";

    private static string[] AccountsOf(string entry) => entry switch
    {
        "earn" => ["VS"],
        "transfer" => ["VS", "E"],
        _ => ["E"],
    };

    private static bool SeesEntry(string caller, string entry) => AccountsOf(entry).Any(a => SeesAccount(caller, a));

    private static bool SeesReason(string caller, string entry) => SeesEntry(caller, entry) &&
        (!AccountsOf(entry).Contains("E") || ElderLevel(caller) == "personal" || (caller == "volunteer:self" && AccountsOf(entry).Contains("VS")));

    private static string? ReasonOf(string entry) => entry switch
    {
        "transfer" => Matrix.TransferReason,
        "spend" => Matrix.SpendReason,
        _ => null,
    };

    public static TheoryData<string, string> TimeBankEntryMatrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var caller in AllCallers)
        {
            foreach (var entry in new[] { "earn", "transfer", "spend" }) data.Add(caller, entry);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(TimeBankEntryMatrix))]
    public async Task TimeBankEntry_IsSeenWithItsAccounts_AndWhatItSaysOfTheElderByThoseWhoServeHer(string caller, string entry)
    {
        var id = entry switch { "earn" => _m.Earn, "transfer" => _m.Transfer, _ => _m.Spend };

        var result = await Run("query Entry($id: ID!) { node(id: $id) { ... on TimeBankEntry { credits reason } } }", new { id }, caller);

        if (!SeesEntry(caller, entry))
        {
            Assert.Equal("hidden", Outcome(result, "data.node", "reason", null));
            return;
        }
        Assert.Equal(entry switch { "earn" => 2m, "transfer" => 1m, _ => 0.5m }, result.At("data.node.credits").GetDecimal());
        Assert.Equal(ReasonOf(entry) is null ? "null" : SeesReason(caller, entry) ? "shown" : "forbidden", Outcome(result, "data.node", "reason", ReasonOf(entry)));
    }

    public static TheoryData<string, string> TimeBankStatementMatrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var caller in AllCallers)
        {
            foreach (var account in new[] { "VS", "E" }) data.Add(caller, account);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(TimeBankStatementMatrix))]
    public async Task TimeBankStatement_IsForTheHolderAndThoseWhoSeeTheirPeople_AndNoAccountToOthers(string caller, string account)
    {
        var result = await Run("query Statement($id: ID!) { timeBankStatement(accountId: $id) { balance earned spent transferredIn transferredOut entries { kind reason } } }",
            new { id = account == "VS" ? _m.VS : _m.E }, caller);

        if (!SeesAccount(caller, account))
        {
            // Not told the account exists: the same answer as for an id that names nothing.
            Assert.Equal(["NOT_FOUND"], result.ErrorCodes());
            Assert.Equal(JsonValueKind.Null, result.At("data").ValueKind);
            return;
        }
        var s = result.At("data.timeBankStatement");
        Assert.Equal(account == "VS" ? (1m, 2m, 0m, 0m, 1m) : (0.5m, 0m, 0.5m, 1m, 0m),
            (s.At("balance").GetDecimal(), s.At("earned").GetDecimal(), s.At("spent").GetDecimal(), s.At("transferredIn").GetDecimal(), s.At("transferredOut").GetDecimal()));
        string[] entries = account == "VS" ? ["transfer", "earn"] : ["spend", "transfer"];
        Assert.Equal(entries.Select(e => e == "earn" ? "EARN" : e.ToUpperInvariant()), s.Items("entries").Select(e => e.Text("kind")));
        Assert.Equal(entries.Select(e => SeesReason(caller, e) ? ReasonOf(e) : null), s.Items("entries").Select(e => e.Text("reason")));
        Assert.Equal(entries.Where(e => ReasonOf(e) is not null && !SeesReason(caller, e)).Select(_ => "FORBIDDEN"), result.ErrorCodes());
    }

    [Theory]
    [MemberData(nameof(EveryCaller))]
    public async Task TimeBankTotals_OfTheCommunity_AreForThoseWhoServeOrOverseeIt_WithoutWhatTheyMayNotSee(string caller)
    {
        var result = await Run("query Totals { timeBankTotals(areaCode: \"430112001001\") { accounts(first: 50) { account { id } balance entries(first: 2) { kind reason } } } }", null, caller);

        if (caller is not ("social_worker:in" or "official:in" or "admin"))
        {
            Assert.Equal(["FORBIDDEN"], result.ErrorCodes());
            return;
        }
        var accounts = result.Items("data.timeBankTotals.accounts");
        Assert.Equal(1m, accounts.Single(a => a.Text("account.id") == _m.VS).At("balance").GetDecimal());
        var elder = accounts.Single(a => a.Text("account.id") == _m.E);
        Assert.Equal(0.5m, elder.At("balance").GetDecimal());
        Assert.Equal([SeesReason(caller, "spend") ? Matrix.SpendReason : null, SeesReason(caller, "transfer") ? Matrix.TransferReason : null], elder.Items("entries").Select(e => e.Text("reason")));
        Assert.All(result.ErrorCodes(), code => Assert.Equal("FORBIDDEN", code));
        Assert.Equal(SeesReason(caller, "transfer"), result.ErrorCodes().Count == 0);
    }

    public static TheoryData<string, string> TimeBankWriteMatrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var caller in AllCallers)
        {
            foreach (var entry in new[] { "spend", "adjust" }) data.Add(caller, entry);
        }
        return data;
    }

    // Each entry breaks a rule of the ledger (a SPEND beyond VS's balance, an ADJUST of E's account without a reason), so
    // nothing is written: whoever may add it learns why, everyone else is refused the entry itself.
    [Theory]
    [MemberData(nameof(TimeBankWriteMatrix))]
    public async Task TimeBankEntry_IsAddedByTheHolderAndTheStaffWhoServe_AndAdjustedByStaffOnly(string caller, string entry)
    {
        var input = entry == "spend"
            ? (object)new { name = "矩阵超额支取", kind = "SPEND", fromId = _m.VS, credits = 100, date = "2026-11-23" }
            : new { name = "矩阵调整", kind = "ADJUST", toId = _m.E, credits = 0.25, date = "2026-11-23" };

        var result = await Run("mutation($input: CreateTimeBankEntryInput!) { addTimeBankEntry(input: $input) { userErrors { code } } }", new { input }, caller);

        // A volunteer spends their own credits; staff who serve the account's area record any entry; only staff adjust. An
        // official oversees the ledger and does not keep it.
        var allowed = entry == "spend" ? caller is "volunteer:self" or "social_worker:in" or "admin" : caller is "social_worker:in" or "admin";
        Assert.Equal(allowed ? entry == "spend" ? "INSUFFICIENT_CREDITS" : "BAD_USER_INPUT" : caller == "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN", MutationOutcome(result, "addTimeBankEntry"));
    }

    [Theory]
    [MemberData(nameof(EveryCaller))]
    public async Task VenueCalendar_ShowsItsBookingsToEveryone(string caller)
    {
        var calendar = await Run("query Calendar($id: ID!) { node(id: $id) { ... on Resource { bookings(from: \"2026-12-01\", to: \"2026-12-31\") { id status bookedBy { id } } } } }", new { id = _m.V }, caller);
        var cancelled = await Run("query Cancelled($id: ID!) { node(id: $id) { ... on Booking { status cancelReason venue { id } } } }", new { id = _m.B2 }, caller);

        // A booking tells of a venue's hours and of who booked them, an organization of the directory: nothing personal, as
        // findVenues already tells everyone which venues are taken. The cancelled one holds no slot.
        Assert.Empty(calendar.ErrorCodes());
        Assert.Equal([(_m.B, "CONFIRMED", _m.G)], calendar.Items("data.node.bookings").Select(b => (b.Text("id"), b.Text("status"), b.Text("bookedBy.id"))));
        Assert.Empty(cancelled.ErrorCodes());
        Assert.Equal(("CANCELLED", Matrix.CancelReason, _m.V), (cancelled.Text("data.node.status"), cancelled.Text("data.node.cancelReason"), cancelled.Text("data.node.venue.id")));
    }

    public static TheoryData<string, string> BookingWriteMatrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var caller in AllCallers)
        {
            foreach (var mutation in new[] { "bookVenue", "cancelBooking" }) data.Add(caller, mutation);
        }
        return data;
    }

    // The booking asks for an hour of B, the cancellation is of B2, cancelled already: nothing changes. Those who may book and
    // cancel at V — the admin of G, which owns V and booked both, social workers whose scope covers V, admins — learn why;
    // everyone else is refused.
    [Theory]
    [MemberData(nameof(BookingWriteMatrix))]
    public async Task Booking_IsMadeAndCancelledByTheVenuesOwnerBookerAndAreaStaff_AndOnlyThem(string caller, string mutation)
    {
        var (document, input) = mutation == "bookVenue"
            ? ("mutation($input: CreateBookingInput!) { bookVenue(input: $input) { userErrors { code } } }",
                (object)new { name = "矩阵冲突预订", venueId = _m.V, bookedById = _m.G, window = new { from = "2026-12-06", to = "2026-12-06", weekly = "Sun 10-11" } })
            : ("mutation($input: CancelBookingInput!) { cancelBooking(input: $input) { userErrors { code } } }", new { id = _m.B2, version = _m.Version(_m.B2), reason = "矩阵再次取消" });

        var result = await Run(document, new { input }, caller);

        var allowed = caller is "org_admin:own" or "social_worker:in" or "admin";
        Assert.Equal(allowed ? mutation == "bookVenue" ? "BOOKING_CONFLICT" : "BAD_USER_INPUT" : caller == "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN", MutationOutcome(result, mutation));
    }

    [Theory]
    [MemberData(nameof(EveryCaller))]
    public async Task Webhook_IsSeenByItsOrganizationsAdmin_AndIsNothingToAnyoneElse(string caller)
    {
        var byId = await Run("query Webhook($id: ID!) { node(id: $id) { ... on Webhook { url signingSecret organization { id } deliveries { event } } } }", new { id = _m.W }, caller);
        var nodes = await Run("query WebhookNodes($id: ID!) { nodes(ids: [$id]) { id } }", new { id = _m.W }, caller);

        var sees = caller is "org_admin:own" or "admin";
        if (sees)
        {
            Assert.Empty(byId.ErrorCodes());
            Assert.Equal(("https://matrix.example.cn/hook", _m.WebhookSecret, _m.G), (byId.Text("data.node.url"), byId.Text("data.node.signingSecret"), byId.Text("data.node.organization.id")));
            Assert.Empty(byId.Items("data.node.deliveries"));
        }
        else
        {
            Assert.Equal("hidden", Outcome(byId, "data.node", "url", null));
        }
        Assert.Equal(sees ? _m.W : null, nodes.At("data.nodes.0").ValueKind == JsonValueKind.Null ? null : nodes.Text("data.nodes.0.id"));
        Assert.Equal(sees ? [] : ["FORBIDDEN"], nodes.ErrorCodes());
    }

    public static TheoryData<string, string> WebhookWriteMatrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var caller in AllCallers)
        {
            foreach (var mutation in new[] { "createWebhook", "updateWebhook", "deleteWebhook" }) data.Add(caller, mutation);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(WebhookWriteMatrix))]
    public async Task Webhook_IsRegisteredChangedAndRemovedByItsOrganizationsAdmin_AndOnlyThem(string caller, string mutation)
    {
        // A webhook of G's of its own to remove, so that W stays.
        var spare = mutation == "deleteWebhook" ? (await _m.CreateWebhookAsync("矩阵备用回调", Callers.Admin)).Id : "";
        var (document, input) = mutation switch
        {
            "createWebhook" => ("mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } userErrors { code } } }",
                (object)new { name = "矩阵新回调", organizationId = _m.G, url = "https://matrix.example.cn/new", events = new[] { "booking.changed" } }),
            "updateWebhook" => ("mutation($input: UpdateWebhookInput!) { updateWebhook(input: $input) { userErrors { code } } }", new { id = _m.W, version = _m.Version(_m.W), active = true }),
            _ => ("mutation($input: DeleteInput!) { deleteWebhook(input: $input) { userErrors { code } } }", new { id = spare, version = _m.Version(spare) }),
        };

        var result = await Run(document, new { input }, caller);
        var outcome = MutationOutcome(result, mutation);
        var leftOver = mutation == "createWebhook" && outcome == "ok" ? result.Text("data.createWebhook.webhook.id") : mutation == "deleteWebhook" && outcome != "ok" ? spare : null;
        if (leftOver is not null)
            await _m.Hub.RunJsonAsync("mutation($input: DeleteInput!) { deleteWebhook(input: $input) { deletedId } }", new { input = new { id = leftOver, version = _m.Version(leftOver) } }, Callers.Admin);

        Assert.Equal(caller is "org_admin:own" or "admin" ? "ok" : caller == "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN", outcome);
    }

    // Whether a caller sees K, E's consent to share her name with VS: it is her record, seen by those who serve her, her
    // official de-identified (it holds nothing that names her), and its recipient, who must know what it shares.
    private static bool SeesConsent(string caller) => ElderLevel(caller) != "none" || caller == "volunteer:self";

    [Theory]
    [MemberData(nameof(EveryCaller))]
    public async Task RatedReferral_ShowsTheStarsToItsReaders_AndTheCommentToThoseWhoServeTheElder(string caller)
    {
        var result = await Run("query Rated($id: ID!) { node(id: $id) { ... on Referral { status rating ratingComment sharesPersonalData consent { id } } } }", new { id = _m.R2 }, caller);

        // R2 is read as R is: in full by those who see its need in full, with its personal fields withheld by its parties
        // (G, VS) and N2's official, and not at all by anyone else.
        var level = ReferralLevel(caller);
        if (level == "none")
        {
            Assert.Equal("hidden", Outcome(result, "data.node", "rating", null));
            return;
        }
        Assert.Equal(("COMPLETED", 4, false), (result.Text("data.node.status"), result.At("data.node.rating").GetInt32(), result.At("data.node.sharesPersonalData").GetBoolean()));
        Assert.Equal(level == "personal" ? Matrix.RatingComment : null, result.Text("data.node.ratingComment"));
        Assert.Equal(SeesConsent(caller) ? _m.K : null, result.At("data.node.consent").ValueKind == JsonValueKind.Null ? null : result.Text("data.node.consent.id"));
        string[] withheld = [.. new[] { level != "personal" ? "ratingComment" : null, SeesConsent(caller) ? null : "consent" }.OfType<string>()];
        Assert.Equal(withheld.Select(_ => "FORBIDDEN"), result.ErrorCodes());
        Assert.Equal(withheld, withheld.Length == 0 ? [] : result.Items("errors").Select(e => e.At("path").EnumerateArray().Last().GetString()));
    }

    [Theory]
    [MemberData(nameof(EveryCaller))]
    public async Task Consent_IsSeenByThoseWhoServeTheElder_HerOfficial_AndItsRecipient(string caller)
    {
        var result = await Run("query Consent($id: ID!) { node(id: $id) { ... on Consent { purpose scope } } }", new { id = _m.K }, caller);

        Assert.Equal(SeesConsent(caller) ? "shown" : "hidden", Outcome(result, "data.node", "purpose", Matrix.ConsentPurpose));
    }

    public static TheoryData<string, string> RatingMatrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var caller in AllCallers)
        {
            foreach (var referral in new[] { "rated", "sent" }) data.Add(caller, referral);
        }
        return data;
    }

    // R2 is rated already and R is not completed: nothing changes. The elder's side — the sender (G's admin), social workers
    // who serve the elder, admins — learns why; the helper's side (VS) may not rate its own help, and nobody else may either.
    [Theory]
    [MemberData(nameof(RatingMatrix))]
    public async Task RateReferral_IsTheEldersSidesToGive_AndOnlyTheirs(string caller, string referral)
    {
        var id = referral == "rated" ? _m.R2 : _m.R;

        var result = await Run("mutation($input: RateReferralInput!) { rateReferral(input: $input) { userErrors { code } } }",
            new { input = new { id, version = _m.Version(id), rating = 5, comment = "矩阵再评" } }, caller);

        var elderSide = caller is "org_admin:own" or "social_worker:in" or "admin";
        Assert.Equal(elderSide ? "BAD_USER_INPUT" : caller == "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN", MutationOutcome(result, "rateReferral"));
    }

    [Theory]
    [MemberData(nameof(EveryCaller))]
    public async Task Subscriptions_BringTheRatingAndTheBooking_AsTheCallerMaySeeThem(string caller)
    {
        var rated = await Subscribe($"subscription Rating {{ referralChanged(id: \"{_m.R2}\") {{ id rating ratingComment }} }}", _m.RatingChange, caller);
        var booked = await Subscribe($"subscription Booking {{ bookingChanged(venueId: \"{_m.V}\") {{ id bookedBy {{ id }} }} }}", _m.BookingChange, caller);

        var level = ReferralLevel(caller);
        if (level == "none")
        {
            Assert.Empty(rated);
        }
        else
        {
            var e = Assert.Single(rated);
            Assert.Equal((_m.R2, 4), (e.Text("data.referralChanged.id"), e.At("data.referralChanged.rating").GetInt32()));
            Assert.Equal(level == "personal" ? Matrix.RatingComment : null, e.Text("data.referralChanged.ratingComment"));
            Assert.Equal(level == "personal" ? [] : ["FORBIDDEN"], e.ErrorCodes());
        }
        var b = Assert.Single(booked);
        Assert.Equal((_m.B, _m.G), (b.Text("data.bookingChanged.id"), b.Text("data.bookingChanged.bookedBy.id")));
    }

    [Fact]
    public async Task AuditLog_HoldsExactlyThePersonalReadsOfTheReadChecks()
    {
        // The read checks run again here, one after another; the log's entries from here on must be exactly theirs.
        var expected = new List<(string Subject, string Node, string Fields, string Operation)>();
        var before = await AuditCount();
        foreach (var caller in AllCallers)
        {
            var subject = _m.Callers[caller].Subject;
            var level = ElderLevel(caller);
            foreach (var field in new[] { "name", "phone", "address", "point", "description", "healthNotes", "ageBand", "living", "mobility", "situations", "interests" })
            {
                await Run($"query Field_{field}($id: ID!) {{ node(id: $id) {{ ... on Elder {{ {Select(field)} }} }} }}", new { id = _m.E }, caller);
                var shown = level == "personal" || (level == "deidentified" && field is "ageBand" or "living" or "mobility" or "situations" or "interests");
                if (shown) expected.Add((subject, _m.E, field, $"Field_{field}"));
            }
            foreach (var field in new[] { "name", "description", "point", "situations", "categories" })
            {
                await Run($"query NeedField_{field}($id: ID!) {{ node(id: $id) {{ ... on Need {{ {Select(field)} }} }} }}", new { id = _m.N }, caller);
                var shown = field != "categories" && (level == "personal" || (NeedLevel(caller) == "deidentified" && field == "situations"));
                if (shown) expected.Add((subject, _m.N, field, $"NeedField_{field}"));
            }
            await Run("query VolunteerNumber($id: ID!) { node(id: $id) { ... on Volunteer { volunteerNumber } } }", new { id = _m.VS }, caller);
            if (SeesVolunteerNumber(caller)) expected.Add((subject, _m.VS, "volunteerNumber", "VolunteerNumber"));
            await Run("query ReferralField($id: ID!) { node(id: $id) { ... on Referral { history { reason } } } }", new { id = _m.R }, caller);
            if (ReferralLevel(caller) == "personal") expected.Add((subject, _m.R, "history", "ReferralField"));
            await Run("query FilterName { needs(where: {name: {equals: \"冼某蓉失能送戏上门\"}}) { nodes { id } } }", null, caller);
            if (level == "personal") expected.Add((subject, _m.N, "name", "FilterName"));
            await Run("query MatchWho($id: ID!) { whoCanHelp(needId: $id, first: 3) { helper { id } } }", new { id = _m.N }, caller);
            if (level == "personal") expected.Add((subject, _m.N, "point,situations", "MatchWho"));
            if (NeedLevel(caller) == "deidentified") expected.Add((subject, _m.N, "situations", "MatchWho"));
            await Run("query RatingComment($id: ID!) { node(id: $id) { ... on Referral { ratingComment } } }", new { id = _m.R2 }, caller);
            if (ReferralLevel(caller) == "personal") expected.Add((subject, _m.R2, "ratingComment", "RatingComment"));
            foreach (var (entry, id) in new[] { ("earn", _m.Earn), ("transfer", _m.Transfer), ("spend", _m.Spend) })
            {
                // A reason on an elder's account is hers to see read; a volunteer's earning tells of nobody.
                await Run("query EntryReason($id: ID!) { node(id: $id) { ... on TimeBankEntry { reason } } }", new { id }, caller);
                if (entry != "earn" && SeesReason(caller, entry)) expected.Add((subject, id, "reason", "EntryReason"));
            }
        }

        var entries = await AllEntriesAfter(before);

        Assert.Equal(expected.Order().ToList(), entries.Order().ToList());
    }

    private async Task<int> AuditCount() => (await AllEntriesAfter(0)).Count;

    private async Task<List<(string Subject, string Node, string Fields, string Operation)>> AllEntriesAfter(int skip)
    {
        var all = new List<(string, string, string, string)>();
        string? after = null;
        while (true)
        {
            var page = await _m.Hub.RunJsonAsync("query($after: String) { auditLog(first: 100, after: $after) { nodes { subject nodeId fields operation } pageInfo { endCursor hasNextPage } } }",
                new { after }, Callers.Admin);
            foreach (var e in page.Items("data.auditLog.nodes"))
                all.Add((e.Text("subject")!, e.Text("nodeId")!, string.Join(",", e.Items("fields").Select(f => f.GetString())), e.Text("operation")!));
            if (!page.At("data.auditLog.pageInfo.hasNextPage").GetBoolean()) break;
            after = page.Text("data.auditLog.pageInfo.endCursor");
        }
        return all.Skip(skip).ToList();
    }

    public static TheoryData<string, string> AnalyticsMatrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var caller in AllCallers)
        {
            foreach (var field in new[] { "serviceGaps { openNeeds }", "referralFlows { referrals }", "totals { from }", "projectDelivery { from }",
                "linkageCoverage { complete }", "brokers(first: 3) { nodes }", "helperReach(hops: 1) { total }", "components { count }", "supportNetwork(first: 50) { nodeCount }" })
                data.Add(caller, field);
        }
        return data;
    }

    // Of C's analytics, those that count people's needs, referrals and records are read by those who serve or oversee C
    // (its township's social worker, the district's official, admins); the support network's measures read no elder and
    // are everyone's.
    [Theory]
    [MemberData(nameof(AnalyticsMatrix))]
    public async Task AreaAnalytics_CountingPeoplesRecords_AreForThoseWhoServeOrOverseeTheArea(string caller, string field)
    {
        var result = await Run($"query Analytics {{ area(code: \"{Matrix.Community}\") {{ {field} }} }}", null, caller);

        var counts = field.Split(' ')[0] is "serviceGaps" or "referralFlows" or "totals" or "projectDelivery";
        var allowed = !counts || caller is "social_worker:in" or "official:in" or "admin";
        Assert.Equal(allowed ? "" : caller == "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN", string.Join(",", result.ErrorCodes()));
    }

    // The taxonomy is the hub's own vocabulary, no one's record: every caller reads all of it, the same.
    [Theory]
    [MemberData(nameof(EveryCaller))]
    public async Task Taxonomy_IsEveryonesAlike(string caller)
    {
        const string Taxonomy = "query Taxonomy { taxonomy { code zh en parent facet } }";

        var result = await Run(Taxonomy, null, caller);

        Assert.Equal("", string.Join(",", result.ErrorCodes()));
        Assert.True(result.Items("data.taxonomy").Count > 10);
        Assert.Equal((await Run(Taxonomy, null, "anonymous")).GetRawText(), result.GetRawText());
    }

    private Task<JsonElement> Run(string query, object? variables, string caller) => _m.Hub.RunJsonAsync(query, variables, _m.Callers[caller]);

    // The events a subscription gives the caller for one committed change.
    private async Task<List<JsonElement>> Subscribe(string document, NetworkChange change, string caller)
    {
        var executor = _m.Hub.Executor;
        var run = await executor.RunSubscriptionAsync(executor.Prepare(new GraphQLRequest { Query = document }, _m.Callers[caller]), change, _m.Callers[caller], _m.Hub.Services, "matrix", CancellationToken.None);
        Assert.Null(run.Error);
        var serializer = _m.Hub.Services.GetRequiredService<IGraphQLTextSerializer>();
        return [.. run.Events.Select(e => JsonDocument.Parse(serializer.Serialize(e)).RootElement.Clone())];
    }

    // ok: written; a code: the one error refusing the mutation, or the codes of its user errors.
    private static string MutationOutcome(JsonElement result, string mutation) =>
        result.ErrorCodes() is [var code] ? code : result.At($"data.{mutation}").ValueKind == JsonValueKind.Null ? "null"
            : string.Join(",", result.Items($"data.{mutation}.userErrors").Select(e => e.Text("code"))) is { Length: > 0 } codes ? codes : "ok";

    private static string Select(string field) => field == "point" ? "point { lat }" : field;

    // shown: the real value (or, for a name, the name given); masked: a value that is not the real one; forbidden: null with
    // FORBIDDEN at the field's own path; hidden: the whole node null with FORBIDDEN.
    private static string Outcome(JsonElement result, string nodePath, string field, string? real)
    {
        var node = result.At(nodePath);
        if (node.ValueKind == JsonValueKind.Null) return result.ErrorCodes() is ["FORBIDDEN"] ? "hidden" : "null without error";
        var value = node.GetProperty(field);
        if (value.ValueKind == JsonValueKind.Null)
        {
            var error = result.TryGetProperty("errors", out var errors) ? errors.EnumerateArray().SingleOrDefault() : default;
            return error.ValueKind != JsonValueKind.Undefined && error.Text("extensions.code") == "FORBIDDEN" && error.At("path").EnumerateArray().Last().GetString() == field
                ? "forbidden"
                : "null";
        }
        if (result.ErrorCodes().Count > 0) return "value with error";
        return real is null || value.GetString() == real ? "shown" : "masked";
    }

    private static string ListOutcome(JsonElement result, string path, string id)
    {
        var list = result.At(path);
        if (list.ValueKind == JsonValueKind.Null) return result.ErrorCodes() is ["FORBIDDEN"] ? "forbidden" : "null";
        return list.GetProperty("nodes").EnumerateArray().Any(n => n.Text("id") == id) ? "contains" : "lacks";
    }

    private static string Count(JsonElement result, string path)
    {
        var list = result.At(path);
        if (list.ValueKind == JsonValueKind.Null) return result.ErrorCodes() is ["FORBIDDEN"] ? "forbidden" : "null";
        return list.GetProperty("totalCount").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
