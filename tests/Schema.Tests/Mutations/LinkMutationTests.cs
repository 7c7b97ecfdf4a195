using System.Text.Json;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Tests.Mutations;

public sealed class LinkMutationTests(DemoHubFixture fixture) : IClassFixture<DemoHubFixture>
{
    private const string LinkDocument = """
        mutation($input: LinkInput!) { link(input: $input) { clientMutationId link { id type fromId toId since until weight note version } userErrors { field message code } } }
        """;

    private const string UnlinkDocument = """
        mutation($input: UnlinkInput!) { unlink(input: $input) { deletedId userErrors { field message code } } }
        """;

    private const string UpdateLinkDocument = """
        mutation($input: UpdateLinkInput!) { updateLink(input: $input) { link { id type since until weight note version } userErrors { field message code } } }
        """;

    private DemoHub Hub => fixture.Hub;

    [Fact]
    public async Task Link_VolunteerMemberOfTeam_AnswersTheLinkWithItsProperties()
    {
        var (volunteer, _) = await NewNodes.VolunteerAsync(Hub, "入队");
        var team = DemoNodes.VolunteerTeam(Hub.Snapshot);
        var before = await NetworkTotals.ReadAsync(Hub);

        var result = await Hub.RunJsonAsync(LinkDocument, new { input = new { type = "MEMBER_OF", fromId = volunteer, toId = team, since = "2026-03-01", weight = 0.5, note = "合唱声部长" } });

        var link = result.At("data.link.link");
        Assert.Empty(result.Items("data.link.userErrors"));
        Assert.Equal(("MEMBER_OF", volunteer, team), (link.Text("type"), link.Text("fromId"), link.Text("toId")));
        Assert.Equal(("2026-03-01", 0.5, "合唱声部长", 1), (link.Text("since"), link.At("weight").GetDouble(), link.Text("note"), link.At("version").GetInt32()));
        Assert.Equal(before with { Links = before.Links + 1, Sequence = before.Sequence + 1 }, await NetworkTotals.ReadAsync(Hub));
        var seen = await Hub.RunJsonAsync("""
            query($id: ID!) { node(id: $id) { ... on Volunteer { links(direction: OUT, types: [MEMBER_OF]) { edges { link { id note } } } } } }
            """, new { id = volunteer });
        Assert.Equal(link.Text("id"), Assert.Single(seen.Items("data.node.links.edges")).Text("link.id"));
    }

    [Fact]
    public async Task Link_PartnersWithBetweenOrganizations_IsCreated()
    {
        var s = Hub.Snapshot;

        var result = await Hub.RunJsonAsync(LinkDocument, new { input = new { type = "PARTNERS_WITH", fromId = DemoNodes.Agency(s), toId = DemoNodes.Organization(s, "快乐老人报"), note = "宣传合作" } });

        Assert.Empty(result.Items("data.link.userErrors"));
        Assert.Equal("PARTNERS_WITH", result.Text("data.link.link.type"));
    }

    [Fact]
    public async Task Link_KindsTheTypeDoesNotJoin_IsAUserErrorOnTypeAndWritesNothing()
    {
        var (volunteer, _) = await NewNodes.VolunteerAsync(Hub, "反向入队");
        var before = await NetworkTotals.ReadAsync(Hub);

        var result = await Hub.RunJsonAsync(LinkDocument, new { input = new { type = "MEMBER_OF", fromId = DemoNodes.VolunteerTeam(Hub.Snapshot), toId = volunteer } });

        Assert.Equal([("type", HubErrorCodes.BadUserInput)], result.At("data.link").UserErrors());
        Assert.Equal(JsonValueKind.Null, result.At("data.link.link").ValueKind);
        Assert.Equal(before, await NetworkTotals.ReadAsync(Hub));
    }

    [Fact]
    public async Task Link_StationedAtAnAgency_IsAUserErrorOnToId()
    {
        var worker = GlobalId.Encode(Hub.Snapshot.Nodes<SocialWorker>().First());

        var result = await Hub.RunJsonAsync(LinkDocument, new { input = new { type = "STATIONED_AT", fromId = worker, toId = DemoNodes.Agency(Hub.Snapshot) } });

        Assert.Equal([("toId", HubErrorCodes.BadUserInput)], result.At("data.link").UserErrors());
    }

    [Fact]
    public async Task Link_Duplicate_IsAUserErrorOnToIdAndWritesNothing()
    {
        var (volunteer, _) = await NewNodes.VolunteerAsync(Hub, "重复入队");
        var team = DemoNodes.VolunteerTeam(Hub.Snapshot);
        await Hub.RunJsonAsync(LinkDocument, new { input = new { type = "MEMBER_OF", fromId = volunteer, toId = team } });
        var before = await NetworkTotals.ReadAsync(Hub);

        var result = await Hub.RunJsonAsync(LinkDocument, new { input = new { type = "MEMBER_OF", fromId = volunteer, toId = team } });

        Assert.Equal([("toId", HubErrorCodes.BadUserInput)], result.At("data.link").UserErrors());
        Assert.Equal(before, await NetworkTotals.ReadAsync(Hub));
    }

    [Fact]
    public async Task Link_SecondHomeArea_IsAUserErrorOnFromId()
    {
        var (volunteer, _) = await NewNodes.VolunteerAsync(Hub, "两个家");

        var result = await Hub.RunJsonAsync(LinkDocument, new { input = new { type = "LOCATED_IN", fromId = volunteer, toId = DemoNodes.OtherCommunity(Hub.Snapshot) } });

        Assert.Equal([("fromId", HubErrorCodes.BadUserInput)], result.At("data.link").UserErrors());
    }

    [Fact]
    public async Task Link_NodeToItself_IsAUserError()
    {
        var agency = DemoNodes.Agency(Hub.Snapshot);

        var result = await Hub.RunJsonAsync(LinkDocument, new { input = new { type = "PARTNERS_WITH", fromId = agency, toId = agency } });

        Assert.Equal([("toId", HubErrorCodes.BadUserInput)], result.At("data.link").UserErrors());
    }

    [Fact]
    public async Task Link_SeveralPropertiesOutOfRange_ReportsEveryOne()
    {
        var (volunteer, _) = await NewNodes.VolunteerAsync(Hub, "属性越界");
        var before = await NetworkTotals.ReadAsync(Hub);

        var result = await Hub.RunJsonAsync(LinkDocument, new
        {
            input = new { type = "MEMBER_OF", fromId = volunteer, toId = DemoNodes.VolunteerTeam(Hub.Snapshot), weight = 1.5, since = "2026-05-01", until = "2026-04-01", note = new string('注', 501) },
        });

        Assert.Equal(["note", "until", "weight"], result.At("data.link").UserErrors().Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Equal(before, await NetworkTotals.ReadAsync(Hub));
    }

    [Fact]
    public async Task Link_MalformedIds_AreUserErrorsOnBothEnds()
    {
        var result = await Hub.RunJsonAsync(LinkDocument, new { input = new { type = "MEMBER_OF", fromId = "nobody", toId = "nowhere" } });

        Assert.Equal([("fromId", HubErrorCodes.BadUserInput), ("toId", HubErrorCodes.BadUserInput)], result.At("data.link").UserErrors());
    }

    [Fact]
    public async Task Link_NodeThatDoesNotExist_IsNotFound()
    {
        var result = await Hub.RunJsonAsync(LinkDocument, new { input = new { type = "MEMBER_OF", fromId = GlobalId.Encode(NodeKind.Volunteer, 987654), toId = DemoNodes.VolunteerTeam(Hub.Snapshot) } });

        Assert.Equal([("fromId", HubErrorCodes.NotFound)], result.At("data.link").UserErrors());
    }

    [Fact]
    public async Task Unlink_ExistingLink_RemovesItAndAnswersItsId()
    {
        var (volunteer, _) = await NewNodes.VolunteerAsync(Hub, "退队");
        var team = DemoNodes.VolunteerTeam(Hub.Snapshot);
        var linked = await Hub.RunJsonAsync(LinkDocument, new { input = new { type = "MEMBER_OF", fromId = volunteer, toId = team } });
        var before = await NetworkTotals.ReadAsync(Hub);

        var result = await Hub.RunJsonAsync(UnlinkDocument, new { input = new { type = "MEMBER_OF", fromId = volunteer, toId = team } });

        Assert.Equal(linked.Text("data.link.link.id"), result.Text("data.unlink.deletedId"));
        Assert.Equal(before with { Links = before.Links - 1, Sequence = before.Sequence + 1 }, await NetworkTotals.ReadAsync(Hub));
    }

    [Fact]
    public async Task Unlink_LinkThatDoesNotExist_IsNotFound()
    {
        var (volunteer, _) = await NewNodes.VolunteerAsync(Hub, "未入队");
        var before = await NetworkTotals.ReadAsync(Hub);

        var result = await Hub.RunJsonAsync(UnlinkDocument, new { input = new { type = "MEMBER_OF", fromId = volunteer, toId = DemoNodes.VolunteerTeam(Hub.Snapshot) } });

        Assert.Equal([("link", HubErrorCodes.NotFound)], result.At("data.unlink").UserErrors());
        Assert.Equal(before, await NetworkTotals.ReadAsync(Hub));
    }

    [Fact]
    public async Task UpdateLink_Note_ChangesOnlyTheNoteAndRaisesTheVersion()
    {
        var link = await NewMembership("改备注", since: "2026-02-01", weight: 0.4, note: "初始备注");

        var result = await Hub.RunJsonAsync(UpdateLinkDocument, new { input = new { id = link.Text("id"), version = 1, note = "新备注" } });

        var updated = result.At("data.updateLink.link");
        Assert.Empty(result.Items("data.updateLink.userErrors"));
        Assert.Equal(("新备注", 2), (updated.Text("note"), updated.At("version").GetInt32()));
        Assert.Equal(("2026-02-01", 0.4, "MEMBER_OF"), (updated.Text("since"), updated.At("weight").GetDouble(), updated.Text("type")));
    }

    [Fact]
    public async Task UpdateLink_WeightNull_ClearsIt()
    {
        var link = await NewMembership("清权重", weight: 0.9);

        var result = await Hub.RunJsonAsync(UpdateLinkDocument, new { input = new { id = link.Text("id"), version = 1, weight = (double?)null } });

        Assert.Equal(JsonValueKind.Null, result.At("data.updateLink.link.weight").ValueKind);
    }

    [Fact]
    public async Task UpdateLink_StaleVersion_IsConflict()
    {
        var link = await NewMembership("旧链接");
        await Hub.RunJsonAsync(UpdateLinkDocument, new { input = new { id = link.Text("id"), version = 1, note = "第一次" } });
        var before = await NetworkTotals.ReadAsync(Hub);

        var result = await Hub.RunJsonAsync(UpdateLinkDocument, new { input = new { id = link.Text("id"), version = 1, note = "第二次" } });

        Assert.Equal([("version", HubErrorCodes.Conflict)], result.At("data.updateLink").UserErrors());
        Assert.Equal(before, await NetworkTotals.ReadAsync(Hub));
    }

    [Fact]
    public async Task UpdateLink_WeightOverOne_IsAUserErrorOnWeight()
    {
        var link = await NewMembership("超权重");

        var result = await Hub.RunJsonAsync(UpdateLinkDocument, new { input = new { id = link.Text("id"), version = 1, weight = 2.0 } });

        Assert.Equal([("weight", HubErrorCodes.BadUserInput)], result.At("data.updateLink").UserErrors());
    }

    [Fact]
    public async Task UpdateLink_LinkThatDoesNotExist_IsNotFound()
    {
        var result = await Hub.RunJsonAsync(UpdateLinkDocument, new { input = new { id = GlobalId.EncodeLink(987654), version = 1, note = "无" } });

        Assert.Equal([("id", HubErrorCodes.NotFound)], result.At("data.updateLink").UserErrors());
    }

    [Fact]
    public async Task UpdateLink_IdOfANode_IsBadUserInput()
    {
        var result = await Hub.RunJsonAsync(UpdateLinkDocument, new { input = new { id = DemoNodes.Agency(Hub.Snapshot), version = 1, note = "不是链接" } });

        Assert.Equal([("id", HubErrorCodes.BadUserInput)], result.At("data.updateLink").UserErrors());
    }

    [Fact]
    public async Task Link_AnonymousCaller_IsUnauthenticatedAndWritesNothing()
    {
        var (volunteer, _) = await NewNodes.VolunteerAsync(Hub, "匿名入队");
        var before = await NetworkTotals.ReadAsync(Hub);

        var result = await Hub.RunJsonAsync(LinkDocument, new { input = new { type = "MEMBER_OF", fromId = volunteer, toId = DemoNodes.VolunteerTeam(Hub.Snapshot) } }, Caller.Anonymous);

        Assert.Equal(HubErrorCodes.Unauthenticated, result.ErrorCode());
        Assert.Equal(before, await NetworkTotals.ReadAsync(Hub));
    }

    private async Task<JsonElement> NewMembership(string name, string? since = null, double? weight = null, string? note = null)
    {
        var (volunteer, _) = await NewNodes.VolunteerAsync(Hub, name);
        var result = await Hub.RunJsonAsync(LinkDocument, new { input = new { type = "MEMBER_OF", fromId = volunteer, toId = DemoNodes.VolunteerTeam(Hub.Snapshot), since, weight, note } });
        Assert.Empty(result.Items("data.link.userErrors"));
        return result.At("data.link.link");
    }
}
