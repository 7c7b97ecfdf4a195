using System.Text.Json;

namespace ResourceHub.Schema.Tests;

/// <summary>The executor's cache of validated documents: it changes no answer, and what depends on the request is still checked.</summary>
public sealed class DocumentCacheTests
{
    private const string NodeQuery = "query One($id: ID!) { node(id: $id) { id ... on Area { name code } } }";

    [Fact]
    public async Task Execute_SameDocumentTwice_SameAnswerAndKeptOnce()
    {
        await using var hub = await DemoHub.CreateAsync();
        var id = ResourceHub.Schema.Relay.GlobalId.Encode(hub.Snapshot.AreaByCode("430112")!);

        var first = await hub.RunAsync(NodeQuery, new { id });
        var kept = hub.Executor.CachedDocuments;
        var second = await hub.RunAsync(NodeQuery, new { id });

        Assert.Contains("望城区", first, StringComparison.Ordinal);
        Assert.Equal(first, second);
        Assert.Equal(1, kept);
        Assert.Equal(1, hub.Executor.CachedDocuments);
    }

    [Fact]
    public async Task Execute_InvalidDocument_NotKept()
    {
        await using var hub = await DemoHub.CreateAsync();

        var answer = await hub.RunJsonAsync("{ noSuchField }");
        await hub.RunJsonAsync("{ noSuchField }");

        Assert.True(answer.TryGetProperty("errors", out _));
        Assert.Equal(0, hub.Executor.CachedDocuments);
    }

    [Fact]
    public async Task Execute_CachedDocumentWithBadVariables_RefusedAsWithoutCache()
    {
        await using var hub = await DemoHub.CreateAsync();
        var id = ResourceHub.Schema.Relay.GlobalId.Encode(hub.Snapshot.AreaByCode("430112")!);
        await hub.RunAsync(NodeQuery, new { id });

        var missing = await hub.RunJsonAsync(NodeQuery, new { });
        var wrongType = await hub.RunJsonAsync(NodeQuery, new { id = new[] { 1, 2 } });

        Assert.False(missing.TryGetProperty("data", out _));
        Assert.Equal("INVALID_VALUE", Code(missing));
        Assert.False(wrongType.TryGetProperty("data", out _));
        Assert.Equal("INVALID_VALUE", Code(wrongType));
    }

    [Fact]
    public async Task Execute_CachedDocumentWithVariables_ComplexityMeasuredAgain()
    {
        await using var hub = await DemoHub.CreateAsync();
        const string query = """
            query Deep($n: Int) {
              areas(first: $n) { edges { node { links(first: $n) { edges { node { id } } } } } }
            }
            """;

        var small = await hub.RunJsonAsync(query, new { n = 1 }, Graph.Access.Caller.Anonymous);
        var large = await hub.RunJsonAsync(query, new { n = 100 }, Graph.Access.Caller.Anonymous);

        Assert.True(small.TryGetProperty("data", out _));
        Assert.Equal("COMPLEXITY", Code(large));
    }

    [Theory]
    [InlineData("include", false)]
    [InlineData("skip", true)]
    public async Task Execute_CachedDocumentWithDirectiveVariables_ComplexityMeasuredAgain(string directive, bool cheapWhen)
    {
        await using var hub = await DemoHub.CreateAsync();
        // The cost of the second selection counts only when the directive keeps it.
        var query = $$"""
            query Maybe($v: Boolean!) {
              a: areas(first: 1) { edges { node { id } } }
              b: areas(first: 100) @{{directive}}(if: $v) { edges { node { links(first: 100) { edges { node { id } } } } } }
            }
            """;

        var cheap = await hub.RunJsonAsync(query, new { v = cheapWhen }, Graph.Access.Caller.Anonymous);
        var costly = await hub.RunJsonAsync(query, new { v = !cheapWhen }, Graph.Access.Caller.Anonymous);

        Assert.True(cheap.TryGetProperty("data", out _), cheap.GetRawText());
        Assert.Equal("COMPLEXITY", Code(costly));
    }

    [Fact]
    public async Task Execute_CachedDocumentWhoseVariablesDoNotChangeItsCost_KeepsItsCost()
    {
        await using var hub = await DemoHub.CreateAsync();
        // An id, a filter and a text by variable leave the cost as it is: the document is measured once, and the
        // budget still holds for it (an anonymous caller is refused it every time).
        const string query = """
            query Costly($id: ID!, $code: String) {
              node(id: $id) { id }
              areas(first: 100, where: {withinAreaCode: $code}) { edges { node { links(first: 100) { edges { node { id } } } } } }
            }
            """;
        var id = ResourceHub.Schema.Relay.GlobalId.Encode(hub.Snapshot.AreaByCode("430112")!);

        var admin = await hub.RunJsonAsync(query, new { id, code = "430112001" }, Callers.Admin);
        var anonymous1 = await hub.RunJsonAsync(query, new { id, code = "430112001" }, Graph.Access.Caller.Anonymous);
        var anonymous2 = await hub.RunJsonAsync(query, new { id, code = "430112002" }, Graph.Access.Caller.Anonymous);

        Assert.True(admin.TryGetProperty("data", out _), admin.GetRawText());
        Assert.Equal("COMPLEXITY", Code(anonymous1));
        Assert.Equal("COMPLEXITY", Code(anonymous2));
    }

    private static string? Code(JsonElement answer) =>
        answer.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
}
