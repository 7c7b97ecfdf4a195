using System.Text.Json;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Tests.Mutations;

public sealed class DeleteMutationTests(DemoHubFixture fixture) : IClassFixture<DemoHubFixture>
{
    private const string DeleteVolunteer = """
        mutation($input: DeleteInput!) { deleteVolunteer(input: $input) { clientMutationId deletedId userErrors { field message code } } }
        """;

    private DemoHub Hub => fixture.Hub;

    [Fact]
    public async Task DeleteVolunteer_WithLinks_RemovesTheNodeAndItsLinks()
    {
        var (id, version) = await NewNodes.VolunteerAsync(Hub, "将删除");
        var team = DemoNodes.VolunteerTeam(Hub.Snapshot);
        await Link("MEMBER_OF", id, team);
        var before = await NetworkTotals.ReadAsync(Hub);

        var result = await Hub.RunJsonAsync(DeleteVolunteer, new { input = new { id, version } });

        Assert.Equal(id, result.Text("data.deleteVolunteer.deletedId"));
        Assert.Empty(result.Items("data.deleteVolunteer.userErrors"));
        Assert.Equal(before with { Nodes = before.Nodes - 1, Links = before.Links - 2, Sequence = before.Sequence + 1 }, await NetworkTotals.ReadAsync(Hub));
        var gone = await Hub.RunJsonAsync("query($id: ID!) { node(id: $id) { id } }", new { id });
        Assert.Equal(JsonValueKind.Null, gone.At("data.node").ValueKind);
        var members = await Hub.RunJsonAsync("""
            query($id: ID!) { node(id: $id) { ... on Organization { links(direction: IN, types: [MEMBER_OF], first: 100) { edges { node { id } } } } } }
            """, new { id = team });
        Assert.DoesNotContain(members.Items("data.node.links.edges"), e => e.Text("node.id") == id);
    }

    [Fact]
    public async Task DeleteVolunteer_StaleVersion_IsConflictAndKeepsTheNode()
    {
        var (id, version) = await NewNodes.VolunteerAsync(Hub, "旧版本删除");
        await Hub.RunJsonAsync("""
            mutation($input: UpdateVolunteerInput!) { updateVolunteer(input: $input) { volunteer { version } } }
            """, new { input = new { id, version, name = "已改名" } });
        var before = await NetworkTotals.ReadAsync(Hub);

        var result = await Hub.RunJsonAsync(DeleteVolunteer, new { input = new { id, version } });

        Assert.Equal([("version", HubErrorCodes.Conflict)], result.At("data.deleteVolunteer").UserErrors());
        Assert.Equal(before, await NetworkTotals.ReadAsync(Hub));
    }

    [Fact]
    public async Task DeleteVolunteer_NodeThatDoesNotExist_IsNotFound()
    {
        var result = await Hub.RunJsonAsync(DeleteVolunteer, new { input = new { id = GlobalId.Encode(NodeKind.Volunteer, 987654), version = 1 } });

        Assert.Equal([("id", HubErrorCodes.NotFound)], result.At("data.deleteVolunteer").UserErrors());
    }

    [Fact]
    public async Task DeleteVolunteer_MalformedId_IsBadUserInput()
    {
        var result = await Hub.RunJsonAsync(DeleteVolunteer, new { input = new { id = "volunteer-1", version = 1 } });

        Assert.Equal([("id", HubErrorCodes.BadUserInput)], result.At("data.deleteVolunteer").UserErrors());
    }

    [Fact]
    public async Task DeleteVolunteer_IdOfAnOrganization_IsBadUserInput()
    {
        var before = await NetworkTotals.ReadAsync(Hub);

        var result = await Hub.RunJsonAsync(DeleteVolunteer, new { input = new { id = DemoNodes.Station(Hub.Snapshot), version = 1 } });

        Assert.Equal([("id", HubErrorCodes.BadUserInput)], result.At("data.deleteVolunteer").UserErrors());
        Assert.Equal(before, await NetworkTotals.ReadAsync(Hub));
    }

    [Fact]
    public async Task DeleteVolunteer_NamedByAReferral_IsAUserErrorAndWritesNothing()
    {
        var s = Hub.Snapshot;
        var helper = s.Nodes<Referral>().Select(r => s.Node(r.HelperId)).OfType<Volunteer>().First();
        var before = await NetworkTotals.ReadAsync(Hub);

        var result = await Hub.RunJsonAsync(DeleteVolunteer, new { input = new { id = GlobalId.Encode(helper), version = helper.Version } });

        Assert.Contains(("id", "IN_USE"), result.At("data.deleteVolunteer").UserErrors());
        Assert.Equal(JsonValueKind.Null, result.At("data.deleteVolunteer.deletedId").ValueKind);
        Assert.Equal(before, await NetworkTotals.ReadAsync(Hub));
    }

    [Fact]
    public async Task DeleteArea_WithCommunitiesBelow_IsAUserErrorAndWritesNothing()
    {
        var township = Hub.Snapshot.AreaByCode("430112103")!;
        var before = await NetworkTotals.ReadAsync(Hub);

        var result = await Hub.RunJsonAsync("""
            mutation($input: DeleteInput!) { deleteArea(input: $input) { deletedId userErrors { field message code } } }
            """, new { input = new { id = GlobalId.Encode(township), version = township.Version } });

        Assert.Equal([("id", "IN_USE")], result.At("data.deleteArea").UserErrors());
        var message = result.Text("data.deleteArea.userErrors.0.message")!;
        var community = Hub.Snapshot.Nodes<Area>().First(a => Hub.Snapshot.Edges(a.Id, Direction.Out, LinkType.PartOf).OtherIds.ToArray().Contains((int)township.Id));
        Assert.StartsWith($"Area '{GlobalId.Encode(township)}' is still needed by ", message, StringComparison.Ordinal);
        Assert.Contains($"Area '{GlobalId.Encode(community)}'", message, StringComparison.Ordinal);
        Assert.Contains("in all)", message, StringComparison.Ordinal);
        Assert.Equal(before, await NetworkTotals.ReadAsync(Hub));
    }

    [Fact]
    public async Task DeleteArea_WithCommunitiesBelow_NamesOnlyFieldsOfTheDeleteInput()
    {
        var township = Hub.Snapshot.AreaByCode("430112103")!;

        var result = await Hub.RunJsonAsync("""
            mutation($input: DeleteInput!) { deleteArea(input: $input) { userErrors { field message code } } }
            """, new { input = new { id = GlobalId.Encode(township), version = township.Version } });

        var fields = result.At("data.deleteArea").UserErrors().Select(e => e.Field).ToList();
        Assert.NotEmpty(fields);
        Assert.All(fields, f => Assert.Contains(f, new[] { "id", "version", null }));
    }

    [Fact]
    public async Task DeleteArea_GlobalIdClaimingAnAreaForAVolunteer_DeletesNothing()
    {
        var (id, version) = await NewNodes.VolunteerAsync(Hub, "伪装删除");
        GlobalId.TryDecode(id, out _, out var raw);
        var before = await NetworkTotals.ReadAsync(Hub);

        var result = await Hub.RunJsonAsync("""
            mutation($input: DeleteInput!) { deleteArea(input: $input) { deletedId userErrors { field code } } }
            """, new { input = new { id = GlobalId.Encode(NodeKind.Area, raw), version } });

        Assert.Equal([("id", HubErrorCodes.NotFound)], result.At("data.deleteArea").UserErrors());
        Assert.Equal(before, await NetworkTotals.ReadAsync(Hub));
    }

    [Fact]
    public async Task DeleteVolunteer_AnonymousCaller_IsUnauthenticatedAndKeepsTheNode()
    {
        var (id, version) = await NewNodes.VolunteerAsync(Hub, "匿名删");
        var before = await NetworkTotals.ReadAsync(Hub);

        var result = await Hub.RunJsonAsync(DeleteVolunteer, new { input = new { id, version } }, Caller.Anonymous);

        Assert.Equal(HubErrorCodes.Unauthenticated, result.ErrorCode());
        Assert.Equal(before, await NetworkTotals.ReadAsync(Hub));
    }

    private async Task Link(string type, string fromId, string toId)
    {
        var result = await Hub.RunJsonAsync("""
            mutation($input: LinkInput!) { link(input: $input) { link { id } userErrors { field message } } }
            """, new { input = new { type, fromId, toId } });
        Assert.Empty(result.Items("data.link.userErrors"));
    }
}
