using System.Text.Json;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Tests.Network;

public sealed class NodeListTests
{
    private const string NodesById = "query($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }";

    public static TheoryData<string, NodeKind> Lists => new()
    {
        { "areas", NodeKind.Area },
        { "organizations", NodeKind.Organization },
        { "socialWorkers", NodeKind.SocialWorker },
        { "volunteers", NodeKind.Volunteer },
        { "resources", NodeKind.Resource },
        { "elders", NodeKind.Elder },
        { "needs", NodeKind.Need },
        { "activities", NodeKind.Activity },
        { "projects", NodeKind.Project },
        { "referrals", NodeKind.Referral },
    };

    public static TheoryData<string> PersonalConditions => new()
    {
        """{ name: { contains: "李" } }""",
        """{ forSituation: "disabled" }""",
        """{ offersService: "culture.opera" }""",
        """{ near: { lat: 28.3476, lon: 112.8196, km: 5 } }""",
        """{ withinAreaCode: "430112001", not: { name: { startsWith: "王" } } }""",
        """{ or: [{ withinAreaCode: "430112001" }, { forSituation: "living-alone" }] }""",
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task List_WithoutFilter_CountsEveryNodeOfItsKind(string field, NodeKind kind)
    {
        var hub = await DemoHub.Shared;

        var result = await hub.RunJsonAsync($"{{ {field}(first: 1) {{ totalCount nodes {{ __typename }} }} }}");

        Assert.Equal(hub.Snapshot.Count(kind), result.At($"data.{field}.totalCount").GetInt32());
        Assert.Equal(kind.ToString(), result.Text($"data.{field}.nodes.0.__typename"));
    }

    [Fact]
    public async Task Nodes_Ids_AnswerInTheOrderGiven()
    {
        var hub = await DemoHub.Shared;
        var s = hub.Snapshot;
        string[] ids = [GlobalId.Encode(s.Nodes<Volunteer>().Last()), GlobalId.Encode(s.AreaByCode("430112")!), GlobalId.Encode(s.Nodes<Organization>().First()), GlobalId.Encode(s.Nodes<Need>().First())];

        var result = await hub.RunJsonAsync(NodesById, new { ids });

        Assert.Equal(ids, result.Items("data.nodes").Select(n => n.Text("id")));
        Assert.Equal(["Volunteer", "Area", "Organization", "Need"], result.Items("data.nodes").Select(n => n.Text("__typename")));
    }

    [Fact]
    public async Task Nodes_UnknownId_IsNullInItsPlace()
    {
        var hub = await DemoHub.Shared;
        var district = GlobalId.Encode(hub.Snapshot.AreaByCode("430112")!);

        var result = await hub.RunJsonAsync(NodesById, new { ids = new[] { district, GlobalId.Encode(NodeKind.Volunteer, 987654), district } });

        var nodes = result.Items("data.nodes");
        Assert.Equal(3, nodes.Count);
        Assert.Equal(district, nodes[0].Text("id"));
        Assert.Equal(JsonValueKind.Null, nodes[1].ValueKind);
        Assert.Equal(district, nodes[2].Text("id"));
        Assert.Empty(result.ErrorCodes());
    }

    [Fact]
    public async Task Nodes_IdClaimingAnotherKind_IsNull()
    {
        var hub = await DemoHub.Shared;
        var volunteer = hub.Snapshot.Nodes<Volunteer>().First();

        var result = await hub.RunJsonAsync(NodesById, new { ids = new[] { GlobalId.Encode(NodeKind.Organization, volunteer.Id) } });

        Assert.Equal(JsonValueKind.Null, Assert.Single(result.Items("data.nodes")).ValueKind);
    }

    [Fact]
    public async Task Nodes_HundredIds_AreAnswered()
    {
        var hub = await DemoHub.Shared;
        var ids = hub.Snapshot.Nodes<Volunteer>().Take(100).Select(GlobalId.Encode).ToArray();

        var result = await hub.RunJsonAsync(NodesById, new { ids });

        Assert.Equal(100, result.Items("data.nodes").Count);
    }

    [Fact]
    public async Task Nodes_MoreThanHundredIds_IsBadUserInput()
    {
        var hub = await DemoHub.Shared;
        var ids = hub.Snapshot.Nodes<Volunteer>().Take(101).Select(GlobalId.Encode).ToArray();

        var result = await hub.RunJsonAsync(NodesById, new { ids });

        Assert.Equal(HubErrorCodes.BadUserInput, result.ErrorCode());
    }

    [Fact]
    public async Task Nodes_MalformedId_IsBadUserInput()
    {
        var result = await (await DemoHub.Shared).RunJsonAsync(NodesById, new { ids = new[] { "not-an-id" } });

        Assert.Equal(HubErrorCodes.BadUserInput, result.ErrorCode());
    }

    [Fact]
    public async Task Elders_WithinAreaCode_AnswersEldersOfThatTownshipOnly()
    {
        var hub = await DemoHub.Shared;

        var result = await hub.RunJsonAsync("""{ elders(where: {withinAreaCode: "430112001"}, first: 100) { totalCount nodes { area { code } } } }""");

        var codes = result.Items("data.elders.nodes").Select(n => n.Text("area.code")!).ToList();
        Assert.NotEmpty(codes);
        Assert.All(codes, c => Assert.StartsWith("430112001", c, StringComparison.Ordinal));
        Assert.Equal(hub.Snapshot.Nodes<Elder>().Count(e => NodeFacets.HomeArea(hub.Snapshot, e.Id)?.Code.StartsWith("430112001", StringComparison.Ordinal) == true),
            result.At("data.elders.totalCount").GetInt32());
    }

    [Theory]
    [MemberData(nameof(PersonalConditions))]
    public async Task Elders_ConditionOnPersonalData_IsForbidden(string where)
    {
        var result = await (await DemoHub.Shared).RunJsonAsync($"{{ elders(where: {where}) {{ totalCount }} }}");

        Assert.Equal(HubErrorCodes.Forbidden, result.ErrorCode());
        Assert.Equal(JsonValueKind.Null, result.At("data").ValueKind);
    }

    [Fact]
    public async Task Elders_LinkedToAnOrganization_IsForbidden()
    {
        var hub = await DemoHub.Shared;
        var association = hub.Snapshot.Nodes<Organization>().First(o => o.OrganizationKind == OrganizationKind.ElderlyAssociation);

        var result = await hub.RunJsonAsync("query($id: ID!) { elders(where: {linkedTo: {id: $id}}) { totalCount } }", new { id = GlobalId.Encode(association) });

        Assert.Equal(HubErrorCodes.Forbidden, result.ErrorCode());
    }

    [Fact]
    public async Task Elders_OrderedByName_IsForbidden()
    {
        var result = await (await DemoHub.Shared).RunJsonAsync("{ elders(orderBy: {field: NAME}) { totalCount } }");

        Assert.Equal(HubErrorCodes.Forbidden, result.ErrorCode());
    }

    [Fact]
    public async Task Elders_Names_AreMaskedToTheSurname()
    {
        var hub = await DemoHub.Shared;

        var result = await hub.RunJsonAsync("{ elders(first: 100) { nodes { id name } } }");

        var nodes = result.Items("data.elders.nodes");
        Assert.Equal(100, nodes.Count);
        Assert.All(nodes, n =>
        {
            GlobalId.TryDecode(n.Text("id"), out _, out var id);
            var real = hub.Snapshot.Node(id)!.Name;
            Assert.NotEqual(real, n.Text("name"));
            Assert.Equal(real[..1] + "**", n.Text("name"));
        });
    }

    [Fact]
    public async Task Elder_FetchedByNode_HasItsNameMasked()
    {
        var hub = await DemoHub.Shared;
        var elder = hub.Snapshot.Nodes<Elder>().First();

        var result = await hub.RunJsonAsync("query($id: ID!) { node(id: $id) { ... on Elder { name } } }", new { id = GlobalId.Encode(elder) });

        Assert.Equal(elder.Name[..1] + "**", result.Text("data.node.name"));
    }
}
