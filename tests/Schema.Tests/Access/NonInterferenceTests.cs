using System.Globalization;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Demo;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;
using ResourceHub.Graph.Taxonomy;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Tests.Access;

/// <summary>
/// Non-interference, the rule the access policy holds: for a caller who may not see a field, changing that field's
/// value changes nothing the caller receives. Each case builds the demo network twice (its completed referrals rated, and
/// two organizations' webhooks added), the second time with every field hidden from the caller given other random values
/// (hidden as DESIGN.md says, not as the policy says), and runs the same generated queries — lists, filters on the real
/// hidden values, orders, counts, search, matching and why-not, links, exports, the time bank, venue calendars, records
/// by id, errors — over both as that caller: the responses must be the same, byte for byte.
/// </summary>
public sealed class NonInterferenceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);
    private static readonly Lazy<(ChangeSet Set, NetworkSnapshot Snapshot)> Base = new(() =>
    {
        var set = RatedWithWebhooks(DemoNetwork.Build());
        return (set, InMemoryNetwork.Build(set, Now));
    });

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var caller in new[] { "anonymous", "app", "volunteer", "official", "social_worker" })
        {
            foreach (var seed in new[] { 1, 2 }) data.Add(caller, seed);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Responses_OverNetworksDifferingOnlyInHiddenFields_AreByteIdentical(string who, int seed)
    {
        var hub = await DemoHub.Shared;
        var (set, a) = Base.Value;
        var caller = CallerOf(who, a);
        var b = InMemoryNetwork.Build(Vary(set, a, who, seed), Now);
        var serializer = hub.Services.GetRequiredService<IGraphQLTextSerializer>();
        Assert.NotEqual(Hidden(a, who), Hidden(b, who));

        var differences = new List<string>();
        var queries = Queries(a, new Random(seed * 7919)).Take(120).ToList();
        foreach (var (query, variables) in queries)
        {
            var request = new GraphQLRequest { Query = query, Variables = variables is null ? null : serializer.Deserialize<GraphQL.Inputs>(System.Text.Json.JsonSerializer.Serialize(variables)) };
            var ra = serializer.Serialize(await hub.Executor.ExecuteAsync(request, a, caller, hub.Services, CancellationToken.None));
            var rb = serializer.Serialize(await hub.Executor.ExecuteAsync(request, b, caller, hub.Services, CancellationToken.None));
            if (ra != rb) differences.Add($"{query} {System.Text.Json.JsonSerializer.Serialize(variables)}\n  A: {Cut(ra)}\n  B: {Cut(rb)}");
        }

        Assert.True(differences.Count == 0, $"{differences.Count} of {queries.Count} responses differ:\n" + string.Join("\n", differences.Take(5)));
    }

    private static string Cut(string text) => text.Length <= 600 ? text : text[..600] + "…";

    private static Caller CallerOf(string who, NetworkSnapshot s) => who switch
    {
        "anonymous" => Caller.Anonymous,
        "app" => new Caller { Subject = "ni:app", Roles = Roles.App, AppId = "ni-app" },
        "volunteer" => new Caller { Subject = "ni:volunteer", Roles = Roles.Volunteer, NodeId = s.Nodes<Volunteer>().First().Id },
        "official" => new Caller { Subject = "ni:official", Roles = Roles.Official, AreaCodes = ["430112"] },
        _ => new Caller { Subject = "ni:sw", Roles = Roles.SocialWorker, AreaCodes = ["430112001"] },
    };

    // Whose fields the caller may not see, and which, as the design says: an elder's personal data is seen by the social
    // workers of the elder's community; officials see the de-identified record; the public sees no elder and their needs
    // by what they ask; a volunteer's number is seen by the volunteer and staff.
    private static bool ServedBy(string who, NetworkSnapshot s, long elderId) =>
        who == "social_worker" && NodeFacets.HomeArea(s, elderId)?.Code.StartsWith("430112001", StringComparison.Ordinal) == true;

    // Who may read what a time-bank entry says (its reason), as the design says: the holder of an account it names; when it
    // names an elder's account, those who serve that elder; else the staff whose scope covers an account's area.
    private static bool SeesReason(string who, NetworkSnapshot s, TimeBankEntry t)
    {
        long[] accounts = [.. new[] { t.FromId, t.ToId }.OfType<long>()];
        if (who == "volunteer" && accounts.Contains(s.Nodes<Volunteer>().First().Id)) return true;
        var elders = accounts.Where(id => s.Node(id) is Elder).ToList();
        if (elders.Count > 0) return elders.All(id => ServedBy(who, s, id));
        var scope = who switch { "social_worker" => "430112001", "official" => "430112", _ => null };
        return scope is not null && accounts.Any(id => NodeFacets.HomeArea(s, id)?.Code.StartsWith(scope, StringComparison.Ordinal) == true);
    }

    // The demo network with a rating of the elder's side on each completed referral (every other one with a comment) and a
    // webhook of each of two organizations, so that the referrals' comments and the webhooks have values to vary.
    private static ChangeSet RatedWithWebhooks(ChangeSet set)
    {
        var rated = new ChangeSet();
        var organizations = new List<long>();
        var completed = 0;
        foreach (var op in set.Operations)
        {
            switch (op)
            {
                case ChangeOperation.CreateNode { Node: Referral { Status: ReferralStatus.Completed } r }:
                    completed++;
                    rated.Create(r with { Rating = 3 + completed % 3, RatingComment = completed % 2 == 0 ? "老人说服务很好，盼着再来" + completed : null });
                    break;
                case ChangeOperation.CreateNode c:
                    var id = rated.Create(c.Node);
                    if (c.Node is Organization && organizations.Count < 2) organizations.Add(id);
                    break;
                case ChangeOperation.CreateLink l:
                    rated.Link(l.Link.Type, l.Link.FromId, l.Link.ToId, l.Link.Since, l.Link.Until, l.Link.Weight, l.Link.Note);
                    break;
                default:
                    throw new InvalidOperationException($"the demo network is made of creates and links, not {op.GetType().Name}");
            }
        }
        foreach (var (organization, i) in organizations.Select((o, i) => (o, i)))
        {
            rated.Create(new Webhook
            {
                Name = "社工站通知" + i, OrganizationId = organization, Url = $"https://notify{i}.example.cn/hub", Events = ["referral.changed"], Secret = new string((char)('a' + i), 64),
            });
        }
        return rated;
    }

    private static ChangeSet Vary(ChangeSet set, NetworkSnapshot a, string who, int seed)
    {
        var random = new Random(seed);
        var varied = new ChangeSet();
        long nextId = 0;
        foreach (var op in set.Operations)
        {
            switch (op)
            {
                case ChangeOperation.CreateNode c:
                    var id = ++nextId;
                    varied.Create(Vary(c.Node, a, a.Node(id)!, who, random, id));
                    break;
                case ChangeOperation.CreateLink l:
                    varied.Link(l.Link.Type, l.Link.FromId, l.Link.ToId, l.Link.Since, l.Link.Until, l.Link.Weight, l.Link.Note);
                    break;
                default:
                    throw new InvalidOperationException($"the demo network is made of creates and links, not {op.GetType().Name}");
            }
        }
        return varied;
    }

    private static Node Vary(Node node, NetworkSnapshot a, Node stored, string who, Random random, long id)
    {
        switch (node)
        {
            case Elder e when !ServedBy(who, a, id):
                var elder = e with
                {
                    Name = RandomName(random),
                    Phone = "13" + random.Next(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture),
                    Address = "变更地址" + random.Next(1000),
                    Description = random.Next(2) == 0 ? null : "变更备注" + random.Next(1000),
                    HealthNotes = random.Next(2) == 0 ? null : "变更健康" + random.Next(1000),
                    Point = new GeoPoint(28.2 + random.NextDouble() * 0.4, 112.6 + random.NextDouble() * 0.4),
                };
                // Officials see the de-identified record; everyone else sees no elder at all.
                return who == "official" ? elder : elder with
                {
                    AgeBand = Pick(random, Enum.GetValues<AgeBand>()),
                    Living = Pick(random, Enum.GetValues<LivingSituation>()),
                    Mobility = Pick(random, Enum.GetValues<Mobility>()),
                    Situations = RandomCodes(random, ServiceTaxonomy.Situations),
                    Interests = RandomCodes(random, ServiceTaxonomy.Services),
                };
            case Need n when a.IsPersonalNeed(id) && !(a.NeedOwner(id) is Elder owner && ServedBy(who, a, owner.Id)):
                var need = n with
                {
                    Name = RandomName(random) + "的需求" + random.Next(100),
                    Description = random.Next(2) == 0 ? null : "变更需求描述" + random.Next(1000),
                    Point = random.Next(2) == 0 ? null : new GeoPoint(28.2 + random.NextDouble() * 0.4, 112.6 + random.NextDouble() * 0.4),
                };
                return who == "official" ? need : need with { Situations = RandomCodes(random, ServiceTaxonomy.Situations) };
            // A referral's reasons tell of the elder: seen by those who serve the elder, hidden from its parties and the rest.
            // A step that must say why (decline, fail) keeps a reason, another one. So does the comment of the elder's side
            // on the help (a comment comes with a rating, which everyone who sees the referral sees: it stays).
            // (The change set names nodes by temporary ids: the stored referral names its need by its real one.)
            case Referral r when stored is Referral sr && a.IsPersonalNeed(sr.NeedId) && !(a.NeedOwner(sr.NeedId) is Elder served && ServedBy(who, a, served.Id)):
                return r with
                {
                    History = [.. r.History.Select(h => h with { Reason = h.Reason is null && random.Next(2) == 0 ? null : "变更理由" + random.Next(1000) })],
                    RatingComment = r.Rating is null || random.Next(3) == 0 ? r.RatingComment : "变更评价" + random.Next(1000),
                };
            // What an entry says, for those who may not read it; a transfer or an adjustment must say why: it keeps a reason,
            // another one.
            case TimeBankEntry t when stored is TimeBankEntry st && !SeesReason(who, a, st):
                return t with { Reason = t.Reason is null && random.Next(2) == 0 ? null : "变更说明" + random.Next(1000) };
            // A webhook is its organization's admin's alone: none of these callers sees anything of it.
            case Webhook w:
                return w with
                {
                    Name = "变更回调" + random.Next(1000),
                    Url = $"https://changed{random.Next(1000)}.example.cn/",
                    Secret = Convert.ToHexStringLower(BitConverter.GetBytes(random.NextInt64())).PadRight(64, '0'),
                    Events = [Pick(random, [.. Webhook.EventTypes])],
                    Active = random.Next(2) == 0,
                };
            case Volunteer v when who is "anonymous" or "app" || (who == "volunteer" && id != a.Nodes<Volunteer>().First().Id):
                return v with { VolunteerNumber = "NI" + id.ToString("D8", CultureInfo.InvariantCulture) + random.Next(10) };
            default:
                _ = stored;
                return node;
        }
    }

    // A digest of the hidden values, to be sure the two networks differ where they should.
    private static string Hidden(NetworkSnapshot s, string who) =>
        string.Join("|", s.Nodes<Elder>().Where(e => !ServedBy(who, s, e.Id)).Take(50).Select(e => e.Name + e.Phone));

    private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];

    private static List<string> RandomCodes(Random random, IReadOnlyList<TaxonomyTerm> terms) =>
        terms.Where(_ => random.Next(4) == 0).Take(3).Select(t => t.Code).ToList();

    private static string RandomName(Random random)
    {
        const string Surnames = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨";
        const string Given = "某兰芳华英秀明强军平梅桂珍";
        return $"{Surnames[random.Next(Surnames.Length)]}{Given[random.Next(Given.Length)]}{Given[random.Next(Given.Length)]}";
    }

    private const string NodeFields = """
        id __typename
        ... on Elder { name ageBand living mobility situations interests phone address healthNotes description point { lat lon } area { code } erasedAt }
        ... on Need { name description categories situations mode status point { lat lon } area { code } }
        ... on Volunteer { name volunteerNumber skills servesSituations: situations }
        ... on Organization { name services servesSituations: situations }
        ... on Area { name code }
        ... on Referral { referralStatus: status outcome sentAt closedAt need { id } helper { id } history { from to at reason by { id } } rating ratingComment ratedAt sharesPersonalData consent { id } }
        """;

    // The records of the time bank, the venues' calendars and the organizations' webhooks, read by id.
    private const string RecordFields = """
        id __typename
        ... on TimeBankEntry { name kind credits date reason from { id } to { id } serviceRecord { id } }
        ... on Booking { name venue { id } bookedBy { id } activity { id } window { from to weekly } weekly participants status cancelReason }
        ... on Webhook { name url events active signingSecret organization { id } }
        ... on Resource { name bookings { id bookedBy { id } window { from to weekly } participants status } }
        """;

    // NodeFields where a list's items have one type (an Elder, a Referral …): spread through the Node interface, every kind's
    // fragment is valid there, and those of other kinds select nothing.
    private const string AnyNode = "... on Node { " + NodeFields + " }";

    // The links of whatever node the id names (links are on every kind, not on the Node interface).
    private static readonly string LinksOfAnyKind = string.Join(" ", new[] { "Area", "Need", "Elder", "Organization", "Volunteer", "SocialWorker", "Resource" }
        .Select(kind => $"... on {kind} {{ links(first: 20) {{ totalCount edges {{ direction link {{ type }} node {{ {NodeFields} }} }} }} }}"));

    // Queries over the demo network, built from network A: ids of its personal needs and elders, and their real names and
    // situations as filter and search words, so that a leak of a hidden value would show.
    private static IEnumerable<(string Query, object? Variables)> Queries(NetworkSnapshot a, Random random)
    {
        var elders = a.Nodes<Elder>().ToList();
        var needs = a.Nodes<Need>().ToList();
        var referrals = a.Nodes<Referral>().ToList();
        var helpers = a.Nodes().Where(n => n is Volunteer or Organization or SocialWorker).ToList();
        var codes = a.Nodes<Area>().Select(x => x.Code).ToList();
        var entries = a.Nodes<TimeBankEntry>().ToList();
        var accounts = entries.SelectMany(e => new[] { e.FromId, e.ToId }).OfType<long>().Distinct().Select(id => a.Node(id)!).ToList();
        var records = entries.Cast<Node>().Concat(a.Nodes<Booking>()).Concat(a.Nodes<Webhook>())
            .Concat(a.Nodes<Booking>().Select(b => a.Node(b.VenueId)!).Distinct()).ToList();
        var situations = ServiceTaxonomy.Situations.Select(t => t.Code).ToList();
        var services = ServiceTaxonomy.Services.Select(t => t.Code).ToList();
        string Id(Node n) => GlobalId.Encode(n);
        T One<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        string Word() => random.Next(3) switch
        {
            0 => One(elders).Name[..2],
            1 => One(needs).Name[..Math.Min(4, One(needs).Name.Length)],
            _ => One(ServiceTaxonomy.Services).Zh,
        };
        var kinds = new[] { "elders", "needs", "volunteers", "organizations" };
        while (true)
        {
            switch (random.Next(19))
            {
                case 12:
                    yield return ($"query($id: ID!) {{ node(id: $id) {{ {NodeFields} }} referrals(first: 50) {{ totalCount nodes {{ {AnyNode} }} }} }}", new { id = Id(One(referrals)) });
                    break;
                case 0:
                    yield return ($"query($id: ID!) {{ node(id: $id) {{ {NodeFields} }} }}", new { id = Id(random.Next(2) == 0 ? One(elders) : One(needs)) });
                    break;
                case 1:
                    yield return ($"query($ids: [ID!]!) {{ nodes(ids: $ids) {{ {NodeFields} }} }}", new { ids = Enumerable.Range(0, 5).Select(_ => Id(random.Next(2) == 0 ? One(elders) : One(needs))).ToArray() });
                    break;
                case 2:
                    yield return ($$$"""query($w: String!, $n: Int) { {{{One(kinds)}}}(first: $n, where: {name: {contains: $w}}) { totalCount nodes { {{{AnyNode}}} } } }""", new { w = Word(), n = random.Next(1, 30) });
                    break;
                case 3:
                    yield return ($$"""query($s: String!, $c: String!) { {{One(kinds)}}(first: 50, where: {forSituation: $s, withinAreaCode: $c}, orderBy: {field: NAME}) { totalCount edges { cursor node { {{AnyNode}} } } } }""",
                        new { s = One(situations), c = One(codes) });
                    break;
                case 4:
                    var p = One(needs).Point ?? a.AreaByCode(One(codes))!.Point ?? new GeoPoint(28.37, 112.84);
                    yield return ($$$"""query($lat: Float!, $lon: Float!, $km: Float!) { {{{One(kinds)}}}(first: 20, where: {near: {lat: $lat, lon: $lon, km: $km}}, orderBy: {field: DISTANCE}) { totalCount nodes { id } } }""",
                        new { lat = p.Lat, lon = p.Lon, km = 0.5 + random.NextDouble() * 5 });
                    break;
                case 5:
                    yield return ("query($t: String!, $n: Int) { search(text: $t, first: $n) { score matchedFields node { id } } }", new { t = Word(), n = random.Next(5, 50) });
                    break;
                case 6:
                    yield return ("""
                        query($id: ID!, $n: Int, $h: Int) { whoCanHelp(needId: $id, first: $n, maxHops: $h) {
                          score reach hops distanceKm helper { id } scoreParts { categoryFit proximity distance availability trackRecord load } path { via direction node { id } } } }
                        """, new { id = Id(One(needs)), n = random.Next(5, 25), h = random.Next(1, 5) });
                    break;
                case 7:
                    yield return ("query($id: ID!) { whomCanIHelp(helperId: $id, first: 20) { need { id name situations } match { score path { node { id } } } } }", new { id = Id(One(helpers)) });
                    break;
                case 8:
                    yield return ("""query($c: String!, $s: [String!]) { whoCanHelp(need: {categories: ["companionship.visit"], situations: $s, areaCode: $c, mode: HOME}, first: 10) { helper { id } score } }""",
                        new { c = One(codes), s = new[] { One(situations) } });
                    break;
                case 9:
                    yield return ("query($c: String!) { area(code: $c) { counts { kind count } societies { complete volunteer } children { code } } network { nodes links counts { kind count } } }", new { c = One(codes) });
                    break;
                case 10:
                    yield return ($"query($id: ID!) {{ node(id: $id) {{ id {LinksOfAnyKind} }} }}",
                        new { id = Id(random.Next(3) == 0 ? One(helpers) : random.Next(2) == 0 ? One(needs) : a.AreaByCode(One(codes))!) });
                    break;
                case 13:
                    yield return ("""
                        query($id: ID!) { timeBankStatement(accountId: $id) { account { id } balance earned spent transferredOut transferredIn donatedOut donatedIn adjusted entryCount
                          entries(first: 10) { id kind credits date reason from { id } to { id } } } }
                        """, new { id = Id(One(accounts)) });
                    break;
                case 14:
                    yield return ("""
                        query($c: String!) { timeBankTotals(areaCode: $c) { earned spent transferred donated adjusted balance entryCount
                          accounts(first: 10) { account { id } balance entries(first: 3) { kind credits reason } } } }
                        """, new { c = One(codes) });
                    break;
                case 15:
                    yield return ($"query($ids: [ID!]!) {{ nodes(ids: $ids) {{ {RecordFields} }} }}", new { ids = Enumerable.Range(0, 3).Select(_ => Id(One(records))).ToArray() });
                    break;
                case 16:
                    yield return ("""
                        query($n: ID!, $h: ID!) { whyNot(needId: $n, helperId: $h) { helper { id } qualifies rules { rule met detail }
                          match { score reach hops scoreParts { categoryFit proximity distance availability trackRecord load } path { node { id } } } } }
                        """, new { n = Id(One(needs)), h = Id(One(helpers)) });
                    break;
                case 17:
                    // The analytics that count people's records: gaps (matching every open need as the caller may ask it),
                    // accessibility, flows, totals and what projects delivered, over a township or the district.
                    yield return ("""
                        query($c: String!) { area(code: $c) {
                          serviceGaps { openNeeds unmetCount unmet(first: 20) { id name } categories { category openNeeds unmet } communities { community { code } openNeeds unmet helpers accessibility } }
                          referralFlows { referrals flows { from { id } to { id } referrals byStatus { status count } byOutcome { outcome count } } }
                          totals(from: "2026-01-01", to: "2026-11-30", interval: QUARTER) { periods { needsPosted needsMet referralsSent referralsByStatus { status count } serviceRecords hoursServed creditsBanked } }
                          projectDelivery { projects { project { id } activitiesHeld participants hoursServed eldersReached referralsCompleted referralOutcomes { end count } } } } }
                        """, new { c = random.Next(3) == 0 ? "430112" : One(codes.Where(code => code.Length == 9).ToList()) });
                    break;
                case 18:
                    yield return ("""
                        query($c: String!) { area(code: $c) { linkageCoverage { complete communities { community { code } completeSince } }
                          brokers(first: 5) { nodes exact brokers { node { id } betweenness } } helperReach(hops: 2) { total } components { count isolated }
                          supportNetwork(first: 300) { nodeCount nodes { id name services } ties { from to } } }
                          taxonomy(facet: SERVICE) { code zh parent } }
                        """, new { c = One(codes.Where(code => code.Length == 9).ToList()) });
                    break;
                default:
                    yield return ("query($id: ID!) { exportElder(id: $id) }", new { id = Id(One(elders)) });
                    break;
            }
        }
    }
}
