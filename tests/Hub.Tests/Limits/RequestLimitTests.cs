using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ResourceHub.Hub.Tests.Limits;

/// <summary>Every limit's refusal over real HTTP, each with the code that names it (README lists them all).</summary>
public sealed class RequestLimitTests : IClassFixture<RequestLimitTests.Hub>
{
    private readonly Hub _hub;

    public RequestLimitTests(Hub hub) => _hub = hub;

    /// <summary>A hub in Development (development tokens); HubFactory lifts its rate limits.</summary>
    public sealed class Hub : IDisposable
    {
        public Hub()
        {
            Factory = new HubFactory(environment: "Development");
            Client = Factory.ReadyClientAsync().GetAwaiter().GetResult();
        }

        public HubFactory Factory { get; }

        public HttpClient Client { get; }

        public void Dispose() => Factory.Dispose();
    }

    internal sealed record Answer(HttpStatusCode Status, string Body, HttpResponseMessage Response)
    {
        public JsonElement Json => JsonDocument.Parse(Body).RootElement;

        public string? Code => Json.TryGetProperty("errors", out var errors) ? errors[0].GetProperty("extensions").GetProperty("code").GetString() : null;
    }

    internal static async Task<Answer> PostAsync(HttpClient client, object body, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await client.SendAsync(request);
        return new Answer(response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    public static TheoryData<string, string> Refused => new()
    {
        { "DOCUMENT_TOO_LARGE", "{ " + new string('a', 70_000) + " }" },
        { "TOO_MANY_TOKENS", "{ " + string.Join(" ", Enumerable.Repeat("a", 10_001)) + " }" },
        { "TOO_DEEP", """{ area(code: "430112") """ + string.Concat(Enumerable.Repeat("{ parent ", 16)) + "{ name }" + new string('}', 17) },
        { "TOO_MANY_ALIASES", "{ " + string.Join(" ", Enumerable.Range(0, 101).Select(i => $"a{i}: __typename")) + " }" },
        { "TOO_MANY_DIRECTIVES", "{ " + string.Join(" ", Enumerable.Range(0, 51).Select(i => "__typename @include(if: true)")) + " }" },
        { "TOO_MANY_FRAGMENTS", "{ ...F0 } " + string.Join(" ", Enumerable.Range(0, 101).Select(i => $"fragment F{i} on Query {{ __typename }}")) },
        { "TOO_MANY_FIELDS", "{ ...F0 } " + string.Join(" ", Enumerable.Range(0, 20).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}")) + " fragment F20 on Query { __typename }" },
        { "COMPLEXITY", "{ areas(first: 100) { nodes { links(first: 100) { edges { node { id } } } } } }" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Document_BreakingALimit_IsRefusedWithItsCodeAnd400(string code, string query)
    {
        var answer = await PostAsync(_hub.Client, new { query });

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(code, answer.Code);
        Assert.False(answer.Json.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task HostileDocuments_OfTheIssue_AreRefusedAndTheHubStaysHealthy()
    {
        var typenames = "{ " + string.Concat(Enumerable.Repeat("__typename ", 60_000)) + "}";
        const string Schema = "__schema { queryType { name } mutationType { name } types { name kind description fields(includeDeprecated: true) " +
            "{ name description args { name description type { name kind } } type { name kind ofType { name kind } } } } }";
        var schemas = "{ " + string.Join(" ", Enumerable.Range(0, 1000).Select(i => $"a{i}: {Schema}")) + " }";

        var first = await PostAsync(_hub.Client, new { query = typenames });
        var second = await PostAsync(_hub.Client, new { query = schemas });
        var health = await _hub.Client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.True(typenames.Length > 600_000 && schemas.Length > 190_000);
        Assert.Equal("DOCUMENT_TOO_LARGE", first.Code);
        Assert.Equal("DOCUMENT_TOO_LARGE", second.Code);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task AliasedSchemas_WithinTheSize_AreRefusedForTheirCost()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 90).Select(i => $"a{i}: __schema {{ types {{ name fields {{ name }} }} }}")) + " }";

        var answer = await PostAsync(_hub.Client, new { query });

        Assert.Equal("COMPLEXITY", answer.Code);
    }

    [Fact]
    public async Task WhoCanHelpFirst100_WithScorePartsAndPaths_IsAllowedForASocialWorker_AndRefusedToAnonymous()
    {
        const string Query = """
            { whoCanHelp(needId: "TmVlZDoxOTYy", first: 100) {
                score reach hops distanceKm
                helper { id ... on Organization { name kind } ... on Volunteer { name } ... on SocialWorker { name } ... on Resource { name } }
                scoreParts { total categoryFit proximity distance availability trackRecord load }
                path { via direction node { id __typename ... on Need { name } ... on Area { name } ... on Organization { name } ... on Volunteer { name } } } } }
            """;
        var token = _hub.Factory.DevToken("--role", "social_worker", "--area", "430112001");

        var worker = await PostAsync(_hub.Client, new { query = Query }, token);
        var anonymous = await PostAsync(_hub.Client, new { query = Query });

        Assert.False(worker.Json.TryGetProperty("errors", out _), worker.Body[..Math.Min(500, worker.Body.Length)]);
        Assert.NotEmpty(worker.Json.GetProperty("data").GetProperty("whoCanHelp").EnumerateArray());
        Assert.Equal("COMPLEXITY", anonymous.Code);
    }

    [Fact]
    public async Task Host_NotAllowed_IsRefused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json") };
        request.Headers.Host = "evil.example";

        using var response = await _hub.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ExplorerPage_CarriesAContentSecurityPolicyThatForbidsFraming()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await _hub.Client.SendAsync(request);

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Timeout_ShorterThanTheWork_IsRefusedWithTIMEOUT()
    {
        using var hub = new HubFactory(settings: new Dictionary<string, string?> { ["Hub:Limits:Timeout"] = "00:00:00.001" });
        var client = await hub.ReadyClientAsync();
        // Twenty searches of the whole network: tens of milliseconds of work, far more than the millisecond allowed.
        var searches = string.Join(" ", Enumerable.Range(0, 20).Select(i => $"a{i}: search(text: \"社区 老人 {i}\", first: 100) {{ node {{ id }} }}"));

        var answer = await PostAsync(client, new { query = "{ " + searches + " }" });

        Assert.Equal("TIMEOUT", answer.Code);
        Assert.Contains("longer than 1 ms", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rate_OverTheBurst_Is429WithRetryAfter()
    {
        using var hub = new HubFactory(settings: new Dictionary<string, string?>
        {
            ["Hub:RateLimits:AnonymousPerSecond"] = "1",
            ["Hub:RateLimits:AnonymousBurst"] = "2",
        });
        var client = await hub.ReadyClientAsync();

        var answers = new List<Answer>();
        for (var i = 0; i < 3; i++) answers.Add(await PostAsync(client, new { query = "{ __typename }" }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers.Select(a => a.Status));
        Assert.Equal("RATE_LIMITED", answers[2].Code);
        Assert.True(int.Parse(answers[2].Response.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
    }

    [Fact]
    public async Task Rate_IsKeptPerSubject_PerApp_AndPerAddress()
    {
        using var hub = new HubFactory(environment: "Development", settings: new Dictionary<string, string?>
        {
            ["Hub:RateLimits:SignedInPerSecond"] = "1",
            ["Hub:RateLimits:SignedInBurst"] = "1",
            ["Hub:RateLimits:AnonymousPerSecond"] = "1",
            ["Hub:RateLimits:AnonymousBurst"] = "1",
        });
        var client = await hub.ReadyClientAsync();
        var worker = hub.DevToken("--role", "social_worker", "--area", "430112001", "--subject", "worker-1");
        var sameWorker = hub.DevToken("--role", "social_worker", "--area", "430112002", "--subject", "worker-1");
        var otherWorker = hub.DevToken("--role", "social_worker", "--area", "430112001", "--subject", "worker-2");
        // Two users of one app draw from the app's bucket; a person named like the app's key is someone else.
        var appUser = hub.DevToken("--role", "app", "--app", "mini-1", "--subject", "user-1");
        var otherAppUser = hub.DevToken("--role", "app", "--app", "mini-1", "--subject", "user-2");
        var namedLikeTheApp = hub.DevToken("--role", "volunteer", "--subject", "mini-1");
        async Task<HttpStatusCode> Send(string? token) => (await PostAsync(client, new { query = "{ __typename }" }, token)).Status;

        Assert.Equal(HttpStatusCode.OK, await Send(worker));
        Assert.Equal(HttpStatusCode.TooManyRequests, await Send(sameWorker));
        Assert.Equal(HttpStatusCode.OK, await Send(otherWorker));
        Assert.Equal(HttpStatusCode.OK, await Send(appUser));
        Assert.Equal(HttpStatusCode.TooManyRequests, await Send(otherAppUser));
        Assert.Equal(HttpStatusCode.OK, await Send(namedLikeTheApp));
        Assert.Equal(HttpStatusCode.OK, await Send(null));
        Assert.Equal(HttpStatusCode.TooManyRequests, await Send(null));
    }

    [Fact]
    public async Task Introspection_InProductionWithoutSetting_IsSwitchedOff()
    {
        using var hub = new HubFactory(environment: "Production");
        var client = await hub.ReadyClientAsync();

        var schema = await PostAsync(client, new { query = "{ __schema { queryType { name } } }" });
        var typename = await PostAsync(client, new { query = "{ __typename }" });

        Assert.Equal("INTROSPECTION_DISABLED", schema.Code);
        Assert.Equal("Query", typename.Json.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Cors_ConfiguredOrigin_IsAllowed_AndOthersAreNot()
    {
        using var hub = new HubFactory(settings: new Dictionary<string, string?> { ["Hub:CorsOrigins:0"] = "https://app.example" });
        var client = await hub.ReadyClientAsync();

        async Task<string?> Preflight(string origin)
        {
            using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "POST");
            request.Headers.Add("Access-Control-Request-Headers", "content-type,authorization");
            using var response = await client.SendAsync(request);
            return response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
        }

        Assert.Equal("https://app.example", await Preflight("https://app.example"));
        Assert.Null(await Preflight("https://evil.example"));
    }
}
