using ResourceHub.Graph.Model;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Tests.People;

/// <summary>An elder's personal data stays masked on every path an anonymous caller can take to it.</summary>
public sealed class PrivacyTests
{
    [Fact]
    public async Task ElderNeed_ReadAnonymously_HidesTheElderSituations()
    {
        var hub = await DemoHub.Shared;
        var need = hub.Snapshot.Nodes<Need>().First(n => n.Situations.Count > 0 &&
            hub.Snapshot.Edges(n.Id, Direction.In, LinkType.HasNeed) is { Count: 1 } owners && hub.Snapshot.Node(owners[0].OtherId) is Elder);

        var result = await hub.RunJsonAsync("query($id: ID!) { node(id: $id) { ... on Need { categories situations } } }", new { id = GlobalId.Encode(need) });

        Assert.Empty(result.Items("data.node.situations"));
        Assert.NotEmpty(result.Items("data.node.categories"));
    }

    [Fact]
    public async Task Needs_FilteredBySituationAnonymously_IsForbidden()
    {
        var hub = await DemoHub.Shared;

        var result = await hub.RunJsonAsync("""{ needs(where: {forSituation: "disabled"}) { totalCount } }""");

        Assert.Equal(["FORBIDDEN"], result.ErrorCodes());
    }

    [Fact]
    public async Task Elder_ReadAnonymously_HasNoPointOrDescription()
    {
        var hub = await DemoHub.Shared;
        var elder = hub.Snapshot.Nodes<Elder>().First();

        var result = await hub.RunJsonAsync("query($id: ID!) { node(id: $id) { ... on Elder { name point { lat } description area { code } } } }", new { id = GlobalId.Encode(elder) });

        Assert.Equal(System.Text.Json.JsonValueKind.Null, result.At("data.node.point").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, result.At("data.node.description").ValueKind);
        Assert.EndsWith("**", result.Text("data.node.name"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DistanceCursor_UsedWithAnotherCentre_IsRefused()
    {
        var hub = await DemoHub.Shared;
        const string query = "query($lat: Float!, $after: String) { volunteers(first: 2, after: $after, where: {near: {lat: $lat, lon: 112.82, km: 50}}, orderBy: {field: DISTANCE}) { pageInfo { endCursor } } }";
        var first = await hub.RunJsonAsync(query, new { lat = 28.35 });

        var other = await hub.RunJsonAsync(query, new { lat = 28.40, after = first.Text("data.volunteers.pageInfo.endCursor") });

        Assert.Equal(["BAD_USER_INPUT"], other.ErrorCodes());
    }

    [Fact]
    public async Task LinksCursor_OfAnotherNode_IsRefused()
    {
        var hub = await DemoHub.Shared;
        var areas = hub.Snapshot.Nodes<Area>().Where(a => a.Level == AreaLevel.Township).Take(2).ToList();
        const string query = "query($id: ID!, $after: String) { node(id: $id) { ... on Area { links(first: 1, after: $after) { pageInfo { endCursor } } } } }";
        var first = await hub.RunJsonAsync(query, new { id = GlobalId.Encode(areas[0]) });

        var other = await hub.RunJsonAsync(query, new { id = GlobalId.Encode(areas[1]), after = first.Text("data.node.links.pageInfo.endCursor") });

        Assert.Equal(["BAD_USER_INPUT"], other.ErrorCodes());
    }
}
