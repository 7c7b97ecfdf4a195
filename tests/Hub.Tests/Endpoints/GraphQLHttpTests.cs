using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace ResourceHub.Hub.Tests.Endpoints;

public sealed class GraphQLHttpTests : IClassFixture<GraphQLHttpTests.Hub>
{
    private readonly Hub _hub;

    public GraphQLHttpTests(Hub hub) => _hub = hub;

    /// <summary>One hub with the demo network shared by the tests of this class.</summary>
    public sealed class Hub : IAsyncLifetime
    {
        public HubFactory Factory { get; } = new();
        public HttpClient Client { get; private set; } = null!;

        public async Task InitializeAsync() => Client = await Factory.ReadyClientAsync();

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    private async Task<(HttpStatusCode Status, string? Type, string Body)> SendAsync(HttpMethod method, string url, string? body = null,
        string contentType = "application/json", string? accept = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, contentType);
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        using var response = await _hub.Client.SendAsync(request);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_Query_AnswersUnescapedChinese()
    {
        var (status, type, body) = await SendAsync(HttpMethod.Post, "/graphql", """{"query":"{ area(code: \"430112\") { name } }"}""",
            accept: "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/graphql-response+json", type);
        Assert.Contains("\"name\":\"望城区\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Query_Answers()
    {
        var (status, type, body) = await SendAsync(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ network { nodes } }"), accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", type);
        Assert.Contains("\"nodes\":", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_FullIntrospection_IsAnsweredForTools()
    {
        // The query GraphiQL and code generators send; it must not be refused by the complexity limit.
        const string introspection = "query IntrospectionQuery { __schema { queryType { name } mutationType { name } types { ...FullType } directives { name args { ...InputValue } } } } " +
            "fragment FullType on __Type { kind name description fields(includeDeprecated: true) { name args { ...InputValue } type { ...TypeRef } } inputFields { ...InputValue } interfaces { ...TypeRef } enumValues(includeDeprecated: true) { name } possibleTypes { ...TypeRef } } " +
            "fragment InputValue on __InputValue { name type { ...TypeRef } defaultValue } " +
            "fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }";
        var payload = System.Text.Json.JsonSerializer.Serialize(new { query = introspection });

        var (status, _, body) = await SendAsync(HttpMethod.Post, "/graphql", payload, accept: "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("\"name\":\"HelperMatch\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"errors\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Mutation_Is405()
    {
        var (status, _, body) = await SendAsync(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { x }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, status);
        Assert.Contains("POST", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"query": 5}""")]
    [InlineData("""{"query":"{ network { nodes } }","variables":"x"}""")]
    public async Task Post_MalformedBody_Is400WithCode(string payload)
    {
        var (status, _, body) = await SendAsync(HttpMethod.Post, "/graphql", payload);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("\"code\":\"BAD_USER_INPUT\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NoQuery_Is400()
    {
        var (status, _, _) = await SendAsync(HttpMethod.Post, "/graphql", "{}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task Post_WrongContentType_Is415()
    {
        var (status, _, _) = await SendAsync(HttpMethod.Post, "/graphql", "{ network { nodes } }", contentType: "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
    }

    [Fact]
    public async Task Post_AcceptsNeitherJson_Is406()
    {
        var (status, _, _) = await SendAsync(HttpMethod.Post, "/graphql", """{"query":"{ network { nodes } }"}""", accept: "text/plain");

        Assert.Equal(HttpStatusCode.NotAcceptable, status);
    }

    [Fact]
    public async Task Post_InvalidDocument_Is400UnderGraphQLResponseJsonAnd200UnderJson()
    {
        const string payload = """{"query":"{ nope }"}""";
        var strict = await SendAsync(HttpMethod.Post, "/graphql", payload, accept: "application/graphql-response+json");
        var legacy = await SendAsync(HttpMethod.Post, "/graphql", payload, accept: "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, strict.Status);
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.Contains("nope", legacy.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_FromBrowser_ServesExplorerPage()
    {
        var (status, type, body) = await SendAsync(HttpMethod.Get, "/graphql", accept: "text/html,application/xhtml+xml");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/html", type);
        Assert.Contains("ResourceHub", body, StringComparison.Ordinal);
        Assert.Contains("<script type=\"module\" src=\"/graphql/explorer/main-", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Node_ByGlobalIdOfArea_ReturnsTheSameArea()
    {
        var first = await HubFactory.QueryAsync(_hub.Client, """{ area(code: "430112001") { id name } }""");
        var id = first.GetProperty("data").GetProperty("area").GetProperty("id").GetString();

        var again = await HubFactory.QueryAsync(_hub.Client, "query($id: ID!) { node(id: $id) { id ... on Area { code name } } }", new { id });

        var node = again.GetProperty("data").GetProperty("node");
        Assert.Equal("430112001", node.GetProperty("code").GetString());
        Assert.Equal("高塘岭街道", node.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Node_ForgedId_IsBadUserInputWithoutInternals()
    {
        var result = await HubFactory.QueryAsync(_hub.Client, """{ node(id: "not-an-id") { id } }""");

        var error = result.GetProperty("errors")[0];
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.DoesNotContain("Exception", result.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Elder_ReadAnonymously_IsNullWithFORBIDDEN_AndNothingOfItIsSent()
    {
        var services = _hub.Factory.Services;
        var elder = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<ResourceHub.Graph.Index.NetworkIndex>(services).Current.Nodes<ResourceHub.Graph.Model.Elder>().First();
        var id = ResourceHub.Schema.Relay.GlobalId.Encode(elder);

        var result = await HubFactory.QueryAsync(_hub.Client, "query($id: ID!) { node(id: $id) { ... on Elder { name ageBand } } }", new { id });

        Assert.Equal(System.Text.Json.JsonValueKind.Null, result.GetProperty("data").GetProperty("node").ValueKind);
        Assert.Equal("FORBIDDEN", result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.DoesNotContain(elder.Name, result.GetRawText(), StringComparison.Ordinal);
    }
}
