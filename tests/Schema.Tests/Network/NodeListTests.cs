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

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task List_WithoutFilter_CountsEveryNodeOfItsKindForAnAdmin(string field, NodeKind kind)
    {
        var hub = await DemoHub.Shared;

        var result = await hub.RunJsonAsync($"{{ {field}(first: 1) {{ totalCount nodes {{ __typename }} }} }}", caller: Callers.Admin);

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
}
