using System.Text.Json;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Tests.Elders;

/// <summary>Who sees an elder, and how much: the social worker who serves the community, the official of its area, nobody else.</summary>
public sealed class ElderAccessTests
{
    private const string ElderFields = "query($id: ID!) { node(id: $id) { ... on Elder { name ageBand mobility living situations phone address point { lat } description } } }";

    [Fact]
    public async Task Elders_ListedAnonymously_AreForbiddenAndTheRestOfTheAnswerStands()
    {
        var hub = await DemoHub.Shared;

        var result = await hub.RunJsonAsync("{ elders(first: 5) { totalCount } network { nodes } }");

        Assert.Equal(["FORBIDDEN"], result.ErrorCodes());
        Assert.Equal(JsonValueKind.Null, result.At("data.elders").ValueKind);
        Assert.Equal(["elders"], result.At("errors.0.path").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(hub.Snapshot.NodeCount, result.At("data.network.nodes").GetInt32());
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("app")]
    public async Task Elder_FetchedByIdByThePublic_IsNullWithFORBIDDEN(string who)
    {
        var hub = await DemoHub.Shared;
        var caller = who == "app" ? Callers.App : Caller.Anonymous;

        var result = await hub.RunJsonAsync(ElderFields, new { id = DemoNodes.Elder(hub.Snapshot) }, caller);

        Assert.Equal(JsonValueKind.Null, result.At("data.node").ValueKind);
        Assert.Equal(["FORBIDDEN"], result.ErrorCodes());
    }

    [Fact]
    public async Task Elder_ReadByItsSocialWorker_ShowsTheWholeRecord()
    {
        var hub = await DemoHub.Shared;
        var elder = ElderIn(hub.Snapshot, "430112001");

        var result = await hub.RunJsonAsync(ElderFields, new { id = GlobalId.Encode(elder) }, Callers.SocialWorker("430112001"));

        Assert.Empty(result.ErrorCodes());
        Assert.Equal(elder.Name, result.Text("data.node.name"));
        Assert.Equal(elder.Address, result.Text("data.node.address"));
        Assert.Equal(elder.Description, result.Text("data.node.description"));
    }

    [Fact]
    public async Task Elder_ReadByAnOfficialOfTheArea_IsDeIdentified_WithAnErrorAtEachPersonalField()
    {
        var hub = await DemoHub.Shared;
        var elder = ElderIn(hub.Snapshot, "430112001");

        var result = await hub.RunJsonAsync(ElderFields, new { id = GlobalId.Encode(elder) }, Callers.Official("430112"));

        Assert.Equal(PublicLabels.Elder(hub.Snapshot, elder), result.Text("data.node.name"));
        Assert.Equal(elder.Mobility.ToString(), Pascal(result.Text("data.node.mobility")!));
        foreach (var field in new[] { "phone", "address", "point", "description" })
            Assert.Equal(JsonValueKind.Null, result.At($"data.node.{field}").ValueKind);
        var paths = result.At("errors").EnumerateArray().Select(e => e.GetProperty("path")[1].GetString()).Order().ToList();
        Assert.Equal(["address", "description", "phone", "point"], paths);
        Assert.All(result.ErrorCodes(), c => Assert.Equal("FORBIDDEN", c));
    }

    [Fact]
    public async Task Elder_ReadByASocialWorkerOfAnotherTownship_IsNullWithFORBIDDEN()
    {
        var hub = await DemoHub.Shared;
        var elder = ElderIn(hub.Snapshot, "430112001");

        var result = await hub.RunJsonAsync(ElderFields, new { id = GlobalId.Encode(elder) }, Callers.SocialWorker("430112002"));

        Assert.Equal(JsonValueKind.Null, result.At("data.node").ValueKind);
        Assert.Equal(["FORBIDDEN"], result.ErrorCodes());
    }

    [Fact]
    public async Task Elders_ListedByASocialWorker_AreThoseOfTheirScopeOnly()
    {
        var hub = await DemoHub.Shared;
        var s = hub.Snapshot;

        var result = await hub.RunJsonAsync("{ elders(first: 100) { totalCount nodes { area { code } } } }", caller: Callers.SocialWorker("430112001"));

        Assert.All(result.Items("data.elders.nodes"), n => Assert.StartsWith("430112001", n.Text("area.code"), StringComparison.Ordinal));
        Assert.Equal(s.Nodes<Elder>().Count(e => NodeFacets.HomeArea(s, e.Id)?.Code.StartsWith("430112001", StringComparison.Ordinal) == true),
            result.At("data.elders.totalCount").GetInt32());
    }

    [Fact]
    public async Task Elders_FilteredByNameByAnOfficial_ReadTheLabelsTheOfficialSees()
    {
        var hub = await DemoHub.Shared;
        var s = hub.Snapshot;
        var surname = ElderIn(s, "430112001").Name[..1];

        var bySurname = await hub.RunJsonAsync("query($n: String!) { elders(where: {name: {startsWith: $n}}) { totalCount } }", new { n = surname }, Callers.Official());
        var byLabel = await hub.RunJsonAsync("""{ elders(where: {name: {startsWith: "80-89岁老人"}}) { totalCount } }""", caller: Callers.Official());

        Assert.Equal(0, bySurname.At("data.elders.totalCount").GetInt32());
        Assert.Equal(s.Nodes<Elder>().Count(e => e.AgeBand == AgeBand.From80To89 && NodeFacets.HomeArea(s, e.Id) is not null), byLabel.At("data.elders.totalCount").GetInt32());
    }

    [Fact]
    public async Task GroupLinks_ShowTheElderMembersOnlyToWhoMaySeeThem_AndCountOnlyWhatTheyShow()
    {
        var hub = await DemoHub.Shared;
        var s = hub.Snapshot;
        var group = s.Nodes<Organization>().First(o => ElderMembers(s, o.Id) > 0);
        var elderMembers = ElderMembers(s, group.Id);
        const string Members = "query($id: ID!) { node(id: $id) { ... on Organization { links(types: [MEMBER_OF], first: 100) { totalCount edges { node { __typename } } } } } }";

        var anonymous = await hub.RunJsonAsync(Members, new { id = GlobalId.Encode(group) });
        var official = await hub.RunJsonAsync(Members, new { id = GlobalId.Encode(group) }, Callers.Official());

        Assert.DoesNotContain(anonymous.Items("data.node.links.edges"), e => e.Text("node.__typename") == "Elder");
        Assert.Equal(elderMembers, official.At("data.node.links.totalCount").GetInt32() - anonymous.At("data.node.links.totalCount").GetInt32());
        Assert.Empty(anonymous.ErrorCodes());
    }

    private static int ElderMembers(Graph.Index.NetworkSnapshot s, long group)
    {
        var count = 0;
        foreach (var id in s.Edges(group, Direction.In, LinkType.MemberOf).OtherIds) count += s.Node(id) is Elder ? 1 : 0;
        return count;
    }

    private static Elder ElderIn(Graph.Index.NetworkSnapshot s, string township) =>
        s.Nodes<Elder>().First(e => e.Address is not null && e.Description is not null && NodeFacets.HomeArea(s, e.Id)?.Code.StartsWith(township, StringComparison.Ordinal) == true);

    private static string Pascal(string screaming) =>
        string.Concat(screaming.Split('_').Select(w => w[..1] + w[1..].ToLowerInvariant()));
}
