using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ResourceHub.Hub.Tests.Endpoints;

/// <summary>
/// The status matrix of the GraphQL-over-HTTP spec (draft): Accept negotiation, request media types, parameter
/// validation, and the status of a GraphQL request error under each response media type.
/// </summary>
public sealed class GraphQLHttpStatusTests : IClassFixture<GraphQLHttpTests.Hub>
{
    private const string Gql = "application/graphql-response+json";
    private const string Json = "application/json";
    private const string Typename = """{"query":"{ __typename }"}""";

    private readonly GraphQLHttpTests.Hub _hub;

    public GraphQLHttpStatusTests(GraphQLHttpTests.Hub hub) => _hub = hub;

    private sealed record Answer(HttpStatusCode Status, string? Type, string? Charset, string? Allow, string Body)
    {
        public JsonElement Json => JsonDocument.Parse(Body).RootElement;

        public string? Code => Json.TryGetProperty("errors", out var errors)
            ? errors[0].GetProperty("extensions").GetProperty("code").GetString()
            : null;

        public bool HasData => Json.TryGetProperty("data", out _);
    }

    private async Task<Answer> SendAsync(HttpMethod method, string url, string? body = null, string? contentType = Json, string? accept = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await _hub.Client.SendAsync(request);
        return new Answer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentType?.CharSet,
            string.Join(", ", response.Content.Headers.Allow), await response.Content.ReadAsStringAsync());
    }

    private static string Get(string query, string? more = null) => "/graphql?query=" + Uri.EscapeDataString(query) + more;

    [Theory]
    [InlineData(null, Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData(Json, Json)]
    [InlineData("application/json; charset=utf-8", Json)]
    [InlineData(Gql, Gql)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", Gql)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", Json)]
    [InlineData("application/json, application/graphql-response+json", Gql)]
    [InlineData("*/*, application/graphql-response+json", Gql)]
    [InlineData("text/html, */*;q=0.8", Json)]
    public async Task Post_Accept_ChoosesMediaType(string? accept, string expected)
    {
        var answer = await SendAsync(HttpMethod.Post, "/graphql", Typename, accept: accept);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(expected, answer.Type);
        Assert.Equal("utf-8", answer.Charset);
        Assert.Equal("Query", answer.Json.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("text/html")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("application/json;q=0, text/plain")]
    public async Task Post_AcceptsNeitherJsonType_Is406(string accept)
    {
        var answer = await SendAsync(HttpMethod.Post, "/graphql", Typename, accept: accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, answer.Status);
        Assert.Equal(Json, answer.Type);
        Assert.Equal("BAD_USER_INPUT", answer.Code);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("application/json; charset=\"utf-8\"")]
    [InlineData("Application/JSON")]
    public async Task Post_JsonContentType_IsAccepted(string contentType)
    {
        var answer = await SendAsync(HttpMethod.Post, "/graphql", Typename, contentType);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task Post_OtherContentType_Is415(string? contentType)
    {
        var answer = await SendAsync(HttpMethod.Post, "/graphql", Typename, contentType, accept: Gql);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, answer.Status);
        Assert.Equal(Gql, answer.Type);
        Assert.Equal("BAD_USER_INPUT", answer.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{ \"not a JSON")]
    [InlineData("[]")]
    [InlineData("""[{"query":"{ __typename }"}]""")]
    [InlineData("\"{ __typename }\"")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("""{"qeury":"{ __typename }"}""")]
    [InlineData("""{"query":""}""")]
    [InlineData("""{"query":{"obj":"ect"}}""")]
    [InlineData("""{"query":0}""")]
    [InlineData("""{"query":false}""")]
    [InlineData("""{"query":["array"]}""")]
    [InlineData("""{"query":"{ __typename }","operationName":{"obj":"ect"}}""")]
    [InlineData("""{"query":"{ __typename }","operationName":0}""")]
    [InlineData("""{"query":"{ __typename }","operationName":false}""")]
    [InlineData("""{"query":"{ __typename }","operationName":["array"]}""")]
    [InlineData("""{"query":"{ __typename }","variables":"string"}""")]
    [InlineData("""{"query":"{ __typename }","variables":0}""")]
    [InlineData("""{"query":"{ __typename }","variables":false}""")]
    [InlineData("""{"query":"{ __typename }","variables":["array"]}""")]
    [InlineData("""{"query":"{ __typename }","extensions":"string"}""")]
    [InlineData("""{"query":"{ __typename }","extensions":0}""")]
    [InlineData("""{"query":"{ __typename }","extensions":false}""")]
    [InlineData("""{"query":"{ __typename }","extensions":["array"]}""")]
    public async Task Post_NotAGraphQLRequest_Is400UnderEitherMediaType(string body)
    {
        foreach (var accept in new[] { Json, Gql })
        {
            var answer = await SendAsync(HttpMethod.Post, "/graphql", body, accept: accept);

            Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
            Assert.Equal(accept, answer.Type);
            Assert.Equal("BAD_USER_INPUT", answer.Code);
            Assert.False(answer.HasData);
        }
    }

    [Theory]
    [InlineData("""{"query":"{ __typename }","variables":null,"operationName":null,"extensions":null}""")]
    [InlineData("""{"query":"{ __typename }","variables":{},"extensions":{"some":"value"}}""")]
    [InlineData("""{"query":"query Query { __typename }","operationName":"Query"}""")]
    [InlineData("""{"query":"query Type($name: String!) { __type(name: $name) { name } }","variables":{"name":"Area"}}""")]
    [InlineData("""{"query":"{ __type(name: \"Run🏃Swim🏊\") { name } }"}""")]
    public async Task Post_WellFormedRequest_Is200WithoutErrors(string body)
    {
        foreach (var accept in new[] { Json, Gql })
        {
            var answer = await SendAsync(HttpMethod.Post, "/graphql", body, accept: accept);

            Assert.Equal(HttpStatusCode.OK, answer.Status);
            Assert.True(answer.HasData);
            Assert.False(answer.Json.TryGetProperty("errors", out _), answer.Body);
        }
    }

    [Theory]
    [InlineData("""{"query":"{"}""", "SYNTAX_ERROR")]
    [InlineData("""{"query":"{ 8f31403dfe404bccbb0e835f2629c6a7 }"}""", "SYNTAX_ERROR")]
    [InlineData("""{"query":"{ noSuchField }"}""", "FIELDS_ON_CORRECT_TYPE")]
    [InlineData("""{"query":"query CoerceFailure($id: ID!){ __typename }","variables":{"id":null}}""", "NO_UNUSED_VARIABLES")]
    [InlineData("""{"query":"query($name: String!) { __type(name: $name) { name } }","variables":{"name":null}}""", "INVALID_VALUE")]
    [InlineData("""{"query":"query($name: String!) { __type(name: $name) { name } }","variables":{"name":["a"]}}""", "INVALID_VALUE")]
    [InlineData("""{"query":"query A { __typename } query B { __typename }"}""", "NO_OPERATION_NAME")]
    [InlineData("""{"query":"query A { __typename }","operationName":"B"}""", "INVALID_OPERATION_NAME")]
    [InlineData("""{"query":"subscription { __typename }"}""", "BAD_USER_INPUT")]
    public async Task Post_GraphQLRequestError_Is400UnderGraphQLResponseJsonAnd200UnderJson(string body, string code)
    {
        var strict = await SendAsync(HttpMethod.Post, "/graphql", body, accept: Gql);
        var legacy = await SendAsync(HttpMethod.Post, "/graphql", body, accept: Json);

        Assert.Equal(HttpStatusCode.BadRequest, strict.Status);
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        foreach (var answer in new[] { strict, legacy })
        {
            Assert.Equal(code, answer.Code);
            Assert.False(answer.HasData, answer.Body);
        }
    }

    [Fact]
    public async Task Post_DocumentNestedTooDeeply_IsRequestErrorNotInternal()
    {
        var query = string.Concat(Enumerable.Repeat("{ a ", 300)) + new string('}', 300);
        var body = JsonSerializer.Serialize(new { query });

        var strict = await SendAsync(HttpMethod.Post, "/graphql", body, accept: Gql);
        var legacy = await SendAsync(HttpMethod.Get, Get(query), accept: Json);

        Assert.Equal((HttpStatusCode.BadRequest, "TOO_DEEP"), (strict.Status, strict.Code));
        Assert.Equal((HttpStatusCode.OK, "TOO_DEEP"), (legacy.Status, legacy.Code));
    }

    [Fact]
    public async Task Post_Mutation_IsNeverAnInternalError()
    {
        // Without a Mutation type the complexity rule of GraphQL.NET 8.8.5 throws; the hub reports a validation error instead.
        var answer = await SendAsync(HttpMethod.Post, "/graphql", """{"query":"mutation { __typename }"}""", accept: Json);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.NotEqual("INTERNAL_SERVER_ERROR", answer.Code);
        if (answer.Code is not null) Assert.Equal("KNOWN_OPERATION_TYPES", answer.Code);
        else Assert.Equal("Mutation", answer.Json.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Theory]
    [InlineData("mutation { __typename }", null)]
    [InlineData("query A { __typename } mutation B { __typename }", "&operationName=B")]
    [InlineData("mutation { x }", null)]
    public async Task Get_Mutation_Is405WithAllowPost(string query, string? more)
    {
        foreach (var accept in new[] { Json, Gql })
        {
            var answer = await SendAsync(HttpMethod.Get, Get(query, more), accept: accept);

            Assert.Equal(HttpStatusCode.MethodNotAllowed, answer.Status);
            Assert.Equal("POST", answer.Allow);
            Assert.Equal("BAD_USER_INPUT", answer.Code);
        }
    }

    [Fact]
    public async Task Get_MutationTheHubHasSeenByPost_IsStill405()
    {
        // A POST runs the document and the hub keeps it validated; the operation type of a later GET is read from that copy.
        const string document = "query Seen1 { __typename } mutation Seen2 { __typename }";
        var posted = await SendAsync(HttpMethod.Post, "/graphql", $$"""{"query":"{{document}}","operationName":"Seen1"}""", accept: Json);
        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Null(posted.Code);

        var mutation = await SendAsync(HttpMethod.Get, Get(document, "&operationName=Seen2"), accept: Json);
        var query = await SendAsync(HttpMethod.Get, Get(document, "&operationName=Seen1"), accept: Json);
        var unnamed = await SendAsync(HttpMethod.Get, Get(document), accept: Json);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.Status);
        Assert.Equal("POST", mutation.Allow);
        Assert.Equal(HttpStatusCode.OK, query.Status);
        Assert.Equal(HttpStatusCode.OK, unnamed.Status); // two operations and no name: execution says which is missing
        Assert.NotNull(unnamed.Code);
    }

    [Fact]
    public async Task Get_QueryBesideAMutation_IsNot405()
    {
        var answer = await SendAsync(HttpMethod.Get, Get("query A { __typename } mutation B { __typename }", "&operationName=A"), accept: Json);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("&variables=")]
    [InlineData("&variables=null")]
    [InlineData("&variables=%7B%22name%22%3A%22Area%22%7D&operationName=Type")]
    public async Task Get_QueryWithVariables_Is200WithoutErrors(string? more)
    {
        foreach (var accept in new[] { Json, Gql })
        {
            var answer = await SendAsync(HttpMethod.Get, Get("query Type($name: String = \"Area\") { __type(name: $name) { name } }", more), accept: accept);

            Assert.Equal(HttpStatusCode.OK, answer.Status);
            Assert.Equal(accept, answer.Type);
            Assert.Equal("Area", answer.Json.GetProperty("data").GetProperty("__type").GetProperty("name").GetString());
        }
    }

    [Theory]
    [InlineData("/graphql")]
    [InlineData("/graphql?operationName=A")]
    [InlineData("/graphql?query=")]
    [InlineData("/graphql?query=%7B__typename%7D&variables=nope")]
    [InlineData("/graphql?query=%7B__typename%7D&variables=%5B1%5D")]
    [InlineData("/graphql?query=%7B__typename%7D&variables=%22x%22")]
    [InlineData("/graphql?query=%7B__typename%7D&extensions=0")]
    [InlineData("/graphql?query=%7B__typename%7D&query=%7Bx%7D")]
    public async Task Get_BadParameters_Is400(string url)
    {
        var answer = await SendAsync(HttpMethod.Get, url, accept: Json);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("BAD_USER_INPUT", answer.Code);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task OtherMethod_Is405WithAllowGetPost(string method)
    {
        var answer = await SendAsync(new HttpMethod(method), "/graphql", Typename);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, answer.Status);
        Assert.Equal("GET, POST", answer.Allow);
        Assert.Equal("BAD_USER_INPUT", answer.Code);
    }

    [Theory]
    [InlineData("{ \"not a JSON")]
    [InlineData("""{"query":"{ node(id: \"x\") { id } }","variables":{"a":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}}""")]
    [InlineData("""{"query":"mutation { createVolunteer(input: {}) { userErrors { field } } }"}""")]
    [InlineData("""{"query":"subscription { __typename }"}""")]
    [InlineData("""{"query":"query($n: Int!) { __typename }","variables":{"n":"many"}}""")]
    public async Task Post_Errors_CarryNoStackOrTypeName(string body)
    {
        var answer = await SendAsync(HttpMethod.Post, "/graphql", body, accept: Gql);

        Assert.True((int)answer.Status < 500, answer.Body);
        Assert.NotNull(answer.Code);
        Assert.DoesNotContain("Exception", answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("GraphQL.", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutAccept_AnswersJsonInUtf8WithChineseUnescaped()
    {
        using var content = new StringContent("""{"query":"{ area(code: \"430112\") { name } }"}""", Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(Json);
        using var response = await _hub.Client.PostAsync(new Uri("/graphql", UriKind.Relative), content);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("\"name\":\"望城区\"", new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes), StringComparison.Ordinal);
    }
}
