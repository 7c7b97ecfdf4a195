using ResourceHub.Graph.Model;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Tests.Search;

public sealed class SearchTests
{
    [Fact]
    public async Task Search_ChineseWord_FindsNamesHoldingIt()
    {
        var hub = await DemoHub.Shared;

        var result = await hub.RunJsonAsync("""{ search(text: "智能手机", first: 5) { score matchedFields node { __typename ... on Organization { name } ... on Activity { name } } } }""");

        var hits = result.Items("data.search");
        Assert.NotEmpty(hits);
        Assert.Contains("智能手机", hits[0].At("node").GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Contains("name", hits[0].Items("matchedFields").Select(f => f.GetString()));
        var scores = hits.Select(h => h.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(x => x), scores);
    }

    [Fact]
    public async Task Search_ServiceLabel_FindsProviders()
    {
        var hub = await DemoHub.Shared;

        var result = await hub.RunJsonAsync("""{ search(text: "助餐", first: 5, kinds: [ORGANIZATION]) { node { ... on Organization { services } } } }""");

        var hits = result.Items("data.search");
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains(h.At("node").GetProperty("services").EnumerateArray(), s => s.GetString()!.StartsWith("meal", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Search_Situation_FindsAnElderNeedOnlyByWhatItAsks()
    {
        var hub = await DemoHub.Shared;

        var result = await hub.RunJsonAsync("""{ search(text: "失能", first: 100) { matchedFields node { __typename id } } }""");

        var hits = result.Items("data.search");
        Assert.NotEmpty(hits);
        Assert.DoesNotContain(hits, h => h.Text("node.__typename") == "Elder");
        foreach (var hit in hits.Where(h => h.Text("node.__typename") == "Need"))
        {
            GlobalId.TryDecode(hit.Text("node.id"), out _, out var id);
            if (hub.Snapshot.IsPersonalNeed(id)) Assert.Equal(["categories"], hit.Items("matchedFields").Select(f => f.GetString()));
        }
    }

    [Fact]
    public async Task Search_WordOnlyInTheNameOfAnElderNeed_FindsNothing_WhileACommunityNeedIsFoundByIt()
    {
        await using var hub = await DemoHub.CreateAsync();
        var s = hub.Snapshot;
        var elderNeed = s.Nodes<Need>().First(n => s.NeedOwner(n.Id) is Elder);
        var communityNeed = s.Nodes<Need>().First(n => s.NeedOwner(n.Id) is Area);
        const string Rename = "mutation($input: UpdateNeedInput!) { updateNeed(input: $input) { userErrors { message } } }";
        await hub.RunJsonAsync(Rename, new { input = new { id = GlobalId.Encode(elderNeed), version = elderNeed.Version, name = "霁月清风甲" } });
        await hub.RunJsonAsync(Rename, new { input = new { id = GlobalId.Encode(communityNeed), version = communityNeed.Version, name = "霁月清风乙" } });

        var result = await hub.RunJsonAsync("""{ search(text: "霁月清风", first: 10) { node { id } } }""", caller: Callers.Admin);

        Assert.Equal([GlobalId.Encode(communityNeed)], result.Items("data.search").Select(h => h.Text("node.id")));
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("x", 0)]
    [InlineData("x", 101)]
    public async Task Search_BadArguments_AreBadUserInput(string text, int first = 10)
    {
        var hub = await DemoHub.Shared;

        var result = await hub.RunJsonAsync("query($t: String!, $f: Int) { search(text: $t, first: $f) { score } }", new { t = text, f = first });

        Assert.Equal(["BAD_USER_INPUT"], result.ErrorCodes());
    }
}
