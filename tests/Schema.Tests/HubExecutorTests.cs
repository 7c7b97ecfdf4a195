using System.Text.Json;
using System.Text.RegularExpressions;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Tests;

public sealed partial class HubExecutorTests(DemoHubFixture fixture) : IClassFixture<DemoHubFixture>
{
    private static readonly string[] Internals = ["Exception", "System.", "ResourceHub.", "GraphQL.", "Microsoft.", "InvalidCast", "NullReference", "KeyNotFound", "stack trace"];

    public static TheoryData<string> RefusedReads => new()
    {
        "{ volunteers(first: 101) { totalCount } }",
        "{ volunteers(first: -5) { totalCount } }",
        "{ volunteers(first: 1, last: 1) { totalCount } }",
        """{ volunteers(after: "bm90IGEgY3Vyc29y") { totalCount } }""",
        """{ volunteers(where: {withinAreaCode: "000000"}) { totalCount } }""",
        """{ volunteers(where: {offersService: "culture.nope"}) { totalCount } }""",
        """{ volunteers(where: {forSituation: "sad"}) { totalCount } }""",
        """{ volunteers(where: {linkedTo: {id: "bad"}}) { totalCount } }""",
        "{ volunteers(orderBy: {field: DISTANCE}) { totalCount } }",
        """{ elders(where: {name: {contains: "张"}}) { totalCount } }""",
        "{ elders(orderBy: {field: NAME}) { totalCount } }",
        """{ node(id: "garbage") { id } }""",
        """{ nodes(ids: ["garbage"]) { id } }""",
        "{ volunteers { totalCount unknownField } }",
        "{ volunteers(first: \"ten\") { totalCount } }",
        "{ volunteers(first: 3000000000) { totalCount } }",
        "{ volunteers { totalCount ",
        "mutation { createVolunteer(input: {name: \"x\"}) { volunteer { id } } }",
    };

    private DemoHub Hub => fixture.Hub;

    [Fact]
    public async Task Response_ChineseText_IsWrittenUnescaped()
    {
        var raw = await (await DemoHub.Shared).RunAsync("""{ area(code: "430112") { name description children { name } } }""");

        Assert.Contains("\"name\":\"望城区\"", raw, StringComparison.Ordinal);
        Assert.Contains("高塘岭街道", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Response_ChineseInErrorMessages_IsWrittenUnescaped()
    {
        var hub = await DemoHub.Shared;
        var raw = await hub.RunAsync("query($id: ID!) { node(id: $id) { ... on Elder { phone } } }", new { id = DemoNodes.Elder(hub.Snapshot) }, Callers.Official());

        Assert.Contains("个人信息", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", raw, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RefusedReads))]
    public async Task Error_RefusedRequest_HasACodeAndNoInternals(string document)
    {
        var result = await (await DemoHub.Shared).RunJsonAsync(document);

        AssertCleanErrors(result);
    }

    [Fact]
    public async Task Error_RefusedWrites_HaveACodeAndNoInternals()
    {
        var (volunteer, version) = await Mutations.NewNodes.VolunteerAsync(Hub, "错误信息");
        const string update = "mutation($input: UpdateVolunteerInput!) { updateVolunteer(input: $input) { volunteer { id } userErrors { field message code } } }";
        await Hub.RunJsonAsync(update, new { input = new { id = volunteer, version, name = "改一次" } });
        var responses = new[]
        {
            await Hub.RunJsonAsync(update, new { input = new { id = volunteer, version, name = "旧版本" } }),
            await Hub.RunJsonAsync(update, new { input = new { id = GlobalId.Encode(NodeKind.Volunteer, 987654), version = 1 } }),
            await Hub.RunJsonAsync(update, new { input = new { id = "bad", version = 1 } }),
            await Hub.RunJsonAsync(update, new { input = new { id = volunteer, version = 2, name = "匿名" } }, Caller.Anonymous),
            await Hub.RunJsonAsync("mutation($input: UnlinkInput!) { unlink(input: $input) { deletedId userErrors { field message code } } }",
                new { input = new { type = "MEMBER_OF", fromId = volunteer, toId = DemoNodes.VolunteerTeam(Hub.Snapshot) } }),
            await Hub.RunJsonAsync("mutation($input: UpdateLinkInput!) { updateLink(input: $input) { link { id } userErrors { field message code } } }",
                new { input = new { id = GlobalId.EncodeLink(987654), version = 1 } }),
            await Hub.RunJsonAsync("mutation($input: CreateServiceRecordInput!) { createServiceRecord(input: $input) { serviceRecord { id } userErrors { field message code } } }",
                new { input = new { name = "溢出", servedById = volunteer, forId = DemoNodes.Elder(Hub.Snapshot), date = "2026-11-01", hours = 1e40 } }),
        };

        Assert.All(responses, AssertCleanErrors);
    }

    [Fact]
    public async Task Update_IdClaimingAnotherKind_IsANotFoundUserErrorWithoutInternals()
    {
        var (volunteer, _) = await Mutations.NewNodes.VolunteerAsync(Hub, "内部错误");
        GlobalId.TryDecode(volunteer, out _, out var raw);

        var result = await Hub.RunJsonAsync("mutation($input: UpdateAreaInput!) { updateArea(input: $input) { area { id } userErrors { field message code } } }",
            new { input = new { id = GlobalId.Encode(NodeKind.Area, raw), version = 1, code = "430112001199" } });

        AssertCleanErrors(result);
        Assert.Equal([("id", HubErrorCodes.NotFound)], result.At("data.updateArea").UserErrors());
    }

    [GeneratedRegex(@"\bat [\w.`<>]+\.[\w`<>]+\(")]
    private static partial Regex StackFrame();

    // Every error, top-level or a user error of a payload, has a code and a message without internals; there is at least one.
    private static void AssertCleanErrors(JsonElement result)
    {
        var errors = result.TryGetProperty("errors", out var top) ? top.EnumerateArray().Select(e => (e.Text("extensions.code"), e.Text("message")!)).ToList() : [];
        if (result.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            foreach (var payload in data.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("userErrors", out _)))
                errors.AddRange(payload.Value.GetProperty("userErrors").EnumerateArray().Select(e => (e.Text("code"), e.Text("message")!)));
        }
        Assert.NotEmpty(errors);
        Assert.All(errors, e =>
        {
            Assert.False(string.IsNullOrEmpty(e.Item1));
            Assert.DoesNotContain(Internals, word => e.Item2.Contains(word, StringComparison.Ordinal));
            Assert.DoesNotMatch(StackFrame(), e.Item2);
        });
    }
}
