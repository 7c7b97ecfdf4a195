using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace ResourceHub.Hub.Tests;

/// <summary>The real hub (Program) on a data directory of its own, with real HTTP through the test server.</summary>
public sealed class HubFactory : WebApplicationFactory<Program>
{
    public HubFactory(string? dataDirectory = null)
    {
        DataDirectory = dataDirectory ?? NewDataDirectory();
    }

    public string DataDirectory { get; }

    public static string NewDataDirectory() => Path.Combine(Path.GetTempPath(), "resourcehub-hub-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Hub:DataDirectory", DataDirectory);
        builder.UseEnvironment("Testing");
    }

    /// <summary>A client once /healthz says the index is loaded.</summary>
    public async Task<HttpClient> ReadyClientAsync()
    {
        var client = CreateClient();
        for (var i = 0; i < 600; i++)
        {
            if ((await client.GetAsync(new Uri("/healthz", UriKind.Relative))).IsSuccessStatusCode) return client;
            await Task.Delay(50);
        }
        throw new TimeoutException("the hub did not load its network");
    }

    /// <summary>POSTs a GraphQL query and returns the parsed response.</summary>
    public static async Task<JsonElement> QueryAsync(HttpClient client, string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
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
