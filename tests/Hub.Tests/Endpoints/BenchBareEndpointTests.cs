using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;

namespace ResourceHub.Hub.Tests.Endpoints;

/// <summary>/bench/bare, the ceiling the HTTP benchmark compares GraphQL with: off by default, and when on the GraphQL endpoint's very bytes.</summary>
public sealed class BenchBareEndpointTests
{
    private const string Body = """{"query":"query Totals { network { nodes links } }"}""";

    [Fact]
    public async Task BenchBare_Default_NotMapped()
    {
        await using var hub = new HubFactory();
        var client = await hub.ReadyClientAsync();

        using var response = await client.PostAsync(new Uri("/bench/bare", UriKind.Relative), Json());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task BenchBare_On_AnswersTheGraphQLEndpointsBytes()
    {
        await using var hub = new HubFactory();
        await using var bench = hub.WithWebHostBuilder(b => b.UseSetting("Hub:BenchEndpoints", "true"));
        var client = bench.CreateClient();
        for (var i = 0; i < 600 && !(await client.GetAsync(new Uri("/readyz", UriKind.Relative))).IsSuccessStatusCode; i++) await Task.Delay(50);

        using var graphql = await client.PostAsync(new Uri("/graphql", UriKind.Relative), Json());
        using var first = await client.PostAsync(new Uri("/bench/bare", UriKind.Relative), Json());
        using var again = await client.PostAsync(new Uri("/bench/bare", UriKind.Relative), Json());

        var expected = await graphql.Content.ReadAsByteArrayAsync();
        Assert.Contains("\"nodes\":", Encoding.UTF8.GetString(expected), StringComparison.Ordinal);
        Assert.Equal(expected, await first.Content.ReadAsByteArrayAsync());
        Assert.Equal(expected, await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(graphql.Content.Headers.ContentType, again.Content.Headers.ContentType);
    }

    private static StringContent Json() => new(Body, Encoding.UTF8, "application/json");
}
