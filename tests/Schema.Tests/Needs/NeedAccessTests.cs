using System.Text.Json;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Tests.Needs;

/// <summary>An elder's need is public by what it asks and where; its text, situations and point are the elder's.</summary>
public sealed class NeedAccessTests
{
    private const string NeedFields = "query($id: ID!) { node(id: $id) { ... on Need { name description categories situations point { lat } area { code } } } }";

    [Fact]
    public async Task ElderNeed_ReadAnonymously_ShowsItsPublicTitle_AndHidesSituationsWithAnError()
    {
        var hub = await DemoHub.Shared;
        var need = ElderNeedWithSituations(hub.Snapshot);

        var result = await hub.RunJsonAsync(NeedFields, new { id = GlobalId.Encode(need) });

        Assert.Equal(PublicLabels.NeedTitle(hub.Snapshot, need), result.Text("data.node.name"));
        Assert.NotEqual(need.Name, result.Text("data.node.name"));
        Assert.NotEmpty(result.Items("data.node.categories"));
        Assert.Equal(JsonValueKind.Null, result.At("data.node.situations").ValueKind);
        Assert.Contains("situations", result.At("errors").EnumerateArray().Select(e => e.GetProperty("path")[1].GetString()));
    }

    [Fact]
    public async Task ElderNeed_ReadByTheOfficial_ShowsSituationsButNotTheText()
    {
        var hub = await DemoHub.Shared;
        var need = ElderNeedWithSituations(hub.Snapshot);

        var result = await hub.RunJsonAsync(NeedFields, new { id = GlobalId.Encode(need) }, Callers.Official());

        Assert.Equal(need.Situations, result.Items("data.node.situations").Select(s => s.GetString()));
        Assert.Equal(PublicLabels.NeedTitle(hub.Snapshot, need), result.Text("data.node.name"));
    }

    [Fact]
    public async Task CommunityNeed_ReadAnonymously_ShowsEverything()
    {
        var hub = await DemoHub.Shared;
        var need = hub.Snapshot.Nodes<Need>().First(n => hub.Snapshot.NeedOwner(n.Id) is Area);

        var result = await hub.RunJsonAsync(NeedFields, new { id = GlobalId.Encode(need) });

        Assert.Empty(result.ErrorCodes());
        Assert.Equal(need.Name, result.Text("data.node.name"));
    }

    [Fact]
    public async Task Needs_FilteredBySituationAnonymously_FindNoElderNeed()
    {
        var hub = await DemoHub.Shared;
        var s = hub.Snapshot;

        var result = await hub.RunJsonAsync("""{ needs(where: {forSituation: "disabled"}, first: 100) { nodes { id } } }""");

        Assert.All(result.Items("data.needs.nodes"), n =>
        {
            GlobalId.TryDecode(n.Text("id"), out _, out var id);
            Assert.False(s.IsPersonalNeed(id));
        });
    }

    [Fact]
    public async Task Needs_FilteredByTheNameASocialWorkerWrote_FindItForThemOnly()
    {
        var hub = await DemoHub.Shared;
        var s = hub.Snapshot;
        var need = s.Nodes<Need>().First(n => s.NeedOwner(n.Id) is Elder e && Graph.Query.NodeFacets.HomeArea(s, e.Id)?.Code.StartsWith("430112001", StringComparison.Ordinal) == true);
        const string ByName = "query($n: String!) { needs(where: {name: {equals: $n}}) { totalCount } }";

        var anonymous = await hub.RunJsonAsync(ByName, new { n = need.Name });
        var worker = await hub.RunJsonAsync(ByName, new { n = need.Name }, Callers.SocialWorker("430112001"));

        Assert.Equal(0, anonymous.At("data.needs.totalCount").GetInt32());
        Assert.True(worker.At("data.needs.totalCount").GetInt32() >= 1);
    }

    private static Need ElderNeedWithSituations(Graph.Index.NetworkSnapshot s) =>
        s.Nodes<Need>().First(n => n.Situations.Count > 0 && s.NeedOwner(n.Id) is Elder);
}
