using System.Net;
using System.Text;
using System.Text.Json;
using ResourceHub.Graph.Persistence.Neo4j;

namespace ResourceHub.Graph.Tests.Neo4j;

/// <summary>
/// The client on a Neo4j 4.x or 5.x server, which cannot be installed here: the exchanges Neo4j's HTTP API manual shows
/// for those versions (the discovery document at the root, <c>/db/{database}/tx</c> and its commit address) played back,
/// and the requests the client makes checked against them. Neo4j 3.1 is tested live (<see cref="Neo4jStoreTests"/>).
/// </summary>
public sealed class Neo4jEndpointTests
{
    [Theory]
    [InlineData("5.26.0", 5)]
    [InlineData("4.4.0", 4)]
    public async Task OnANeo4jOfFourOrLater_StatementsGoToTheNamedDatabasesTransactionEndpoints(string version, int major)
    {
        var server = new PlayedBackServer(version);
        using var client = new Neo4jClient(new Neo4jSettings { Url = new Uri("http://neo4j.example:7474"), Database = "hub", User = "neo4j", Password = "秘密" }, server);

        var info = await client.ServerAsync();
        var one = await client.RunAsync("RETURN $x AS x", new Dictionary<string, object?> { ["x"] = "五社联动" });
        await using (var tx = await client.BeginAsync([new Neo4jStatement("RETURN 1 AS x")]))
        {
            await tx.RunAsync([new Neo4jStatement("RETURN 2 AS x")]);
            await tx.CommitAsync([new Neo4jStatement("RETURN 3 AS x")]);
        }
        await using (var rolledBack = await client.BeginAsync([new Neo4jStatement("RETURN 4 AS x")]))
        {
        }

        Assert.Equal((version, major), (info.Version, info.Major));
        Assert.Equal("五社联动", one.Rows[0][0].GetString());
        Assert.Equal(
        [
            "GET /",
            "POST /db/hub/tx/commit RETURN $x AS x",
            "POST /db/hub/tx RETURN 1 AS x",
            "POST /db/hub/tx/2 RETURN 2 AS x",
            "POST /db/hub/tx/2/commit RETURN 3 AS x",
            "POST /db/hub/tx RETURN 4 AS x",
            "DELETE /db/hub/tx/3",
        ], server.Requests);
        Assert.Equal(server.Requests.Count, server.Authorizations.Count);
        Assert.All(server.Authorizations, a => Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:秘密")), a));
    }

    [Fact]
    public async Task AStatementNeo4jRefuses_IsThrownWithItsCode()
    {
        var server = new PlayedBackServer("5.26.0");
        using var client = new Neo4jClient(new Neo4jSettings { Url = new Uri("http://neo4j.example:7474") }, server);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync("RETURN syntax error"));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Contains("POST /db/neo4j/tx/commit RETURN syntax error", server.Requests);
    }

    // Answers as the manual shows a 4.x/5.x server answering: the root's discovery document; each statement's value of
    // its parameter x (or its literal) as one row; explicit transactions numbered from 2; a syntax error for "syntax".
    private sealed class PlayedBackServer(string version) : HttpMessageHandler
    {
        private int _next = 2;

        public List<string> Requests { get; } = [];
        // Each request's Authorization header, null where it had none.
        public List<string?> Authorizations { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var path = request.RequestUri!.AbsolutePath;
            Authorizations.Add(request.Headers.Authorization?.ToString());
            if (request.Method == HttpMethod.Get && path == "/")
            {
                Requests.Add("GET /");
                return Json($$"""
                    {"bolt_routing":"neo4j://neo4j.example:7687","transaction":"http://neo4j.example:7474/db/{databaseName}/tx",
                     "bolt_direct":"bolt://neo4j.example:7687","neo4j_version":"{{version}}","neo4j_edition":"community"}
                    """);
            }
            if (request.Method == HttpMethod.Delete)
            {
                Requests.Add("DELETE " + path);
                return Json("""{"results":[],"errors":[]}""");
            }
            if (request.Method != HttpMethod.Post || !path.StartsWith("/db/", StringComparison.Ordinal)) return new HttpResponseMessage(HttpStatusCode.NotFound);
            using var body = JsonDocument.Parse(await request.Content!.ReadAsStringAsync(cancellationToken));
            var statements = body.RootElement.GetProperty("statements").EnumerateArray().ToList();
            Requests.Add($"POST {path} {string.Join(" | ", statements.Select(s => s.GetProperty("statement").GetString()))}");
            if (statements.Any(s => s.GetProperty("statement").GetString()!.Contains("syntax", StringComparison.Ordinal)))
                return Json("""{"results":[],"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input 'e'"}]}""");
            var results = string.Join(",", statements.Select(s =>
            {
                var value = s.GetProperty("parameters").TryGetProperty("x", out var x) ? x.GetRawText() : s.GetProperty("statement").GetString()!.Split(' ')[1];
                return $$"""{"columns":["x"],"data":[{"row":[{{value}}],"meta":[null]}]}""";
            }));
            var opens = path.EndsWith("/tx", StringComparison.Ordinal);
            var commit = opens ? $$""","commit":"http://neo4j.example:7474{{path}}/{{_next++}}/commit","transaction":{"expires":"Fri, 20 Jan 2222 10:11:12 GMT"}""" : "";
            return Json($$"""{"results":[{{results}}],"errors":[]{{commit}}}""");
        }

        private static HttpResponseMessage Json(string json) =>
            new(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
    }
}
