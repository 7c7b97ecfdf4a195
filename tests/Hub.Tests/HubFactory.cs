using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ResourceHub.Hub.Tests;

/// <summary>The real hub (Program) on a data directory of its own, with real HTTP through the test server.</summary>
public sealed class HubFactory : WebApplicationFactory<Program>
{
    public HubFactory(string? dataDirectory = null, string environment = "Testing", IReadOnlyDictionary<string, string?>? settings = null)
    {
        DataDirectory = dataDirectory ?? NewDataDirectory();
        Environment = environment;
        _settings = settings ?? new Dictionary<string, string?>();
    }

    private readonly IReadOnlyDictionary<string, string?> _settings;

    public string DataDirectory { get; }

    /// <summary>More services for the test's host (an in-memory exporter, a fake), added after the hub's own.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>The hosting environment: Testing, or Development where development tokens are accepted, or Production.</summary>
    public string Environment { get; }

    public static string NewDataDirectory() => Path.Combine(Path.GetTempPath(), "resourcehub-hub-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Hub:DataDirectory", DataDirectory);
        // Tests send requests faster than any person: the rate limits are lifted unless a test sets them (the rate-limit tests do).
        foreach (var key in new[] { "AnonymousPerSecond", "AnonymousBurst", "SignedInPerSecond", "SignedInBurst" })
            builder.UseSetting("Hub:RateLimits:" + key, "1000000");
        // Spans on the test run's console would drown its output; the telemetry tests add an in-memory exporter.
        builder.UseSetting("Hub:Telemetry:Console", "false");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.UseEnvironment(Environment);
        if (TestServices is { } more) builder.ConfigureServices(more);
    }

    /// <summary>A client once /readyz says the hub is ready.</summary>
    public async Task<HttpClient> ReadyClientAsync()
    {
        var client = CreateClient();
        for (var i = 0; i < 600; i++)
        {
            if ((await client.GetAsync(new Uri("/readyz", UriKind.Relative))).IsSuccessStatusCode) return client;
            await Task.Delay(50);
        }
        throw new TimeoutException("the hub did not load its network");
    }

    /// <summary>A development token, minted as the dev-token verb mints it, with this hub's key (Development only).</summary>
    public string DevToken(params string[] args)
    {
        var (request, error, _) = ResourceHub.Hub.Identity.DevTokenRequest.Parse(args);
        Assert.Null(error);
        return request!.Mint(Services.GetRequiredService<ResourceHub.Hub.Identity.DevTokens>(), DateTimeOffset.UtcNow);
    }

    /// <summary>POSTs a GraphQL query and returns the parsed response.</summary>
    public static async Task<JsonElement> QueryAsync(HttpClient client, string query, object? variables = null, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
    }
}
