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
    public async Task Search_Situation_NeverShowsAnElderNeedByIt()
    {
        var hub = await DemoHub.Shared;

        var result = await hub.RunJsonAsync("""{ search(text: "失能", first: 50) { matchedFields node { __typename } } }""");

        Assert.DoesNotContain(result.Items("data.search"), h => h.Items("matchedFields").Any(f => f.GetString() == "situations"));
        Assert.DoesNotContain(result.Items("data.search"), h => h.At("node").GetProperty("__typename").GetString() == "Elder");
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
