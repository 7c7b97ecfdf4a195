using System.Text.Json;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Model;
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
    /// reason on its SENT step.
    /// </summary>
    public sealed class Matrix : IAsyncLifetime
    {
        public const string Community = "430112001001";
        public const string ElderName = "冼某蓉";
        public const string NeedName = "冼某蓉失能送戏上门";

        public DemoHub Hub { get; private set; } = null!;
        public string E { get; private set; } = "";
        public string N { get; private set; } = "";
        public string VS { get; private set; } = "";
        public string VO { get; private set; } = "";
        public string G { get; private set; } = "";
        public string R { get; private set; } = "";

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
        Assert.DoesNotContain(search.Items("data.search"), h => h.Text("node.id") == _m.N || h.Text("node.id") == _m.E);
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

    private Task<JsonElement> Run(string query, object? variables, string caller) => _m.Hub.RunJsonAsync(query, variables, _m.Callers[caller]);

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
            var error = result.Items("errors").SingleOrDefault();
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
