using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ResourceHub.Hub.Tests.Endpoints;

/// <summary>
/// The GraphQL-over-HTTP audit of npm graphql-http 1.23.1 (13 MUST, 23 SHOULD, 25 MAY) against the real hub on
/// Kestrel: the test server of WebApplicationFactory is not reachable from another process.
/// </summary>
public sealed class GraphQLHttpAuditTests(ITestOutputHelper output)
{
    private const int AuditCount = 61;

    [Fact]
    public async Task AuditServer_RealHubOnKestrel_All61AuditsOk()
    {
        await GraphQLHttpAudit.EnsureInstalledAsync(output.WriteLine);
        await using var hub = new HubFactory();
        hub.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        hub.StartServer();
        var address = new Uri(hub.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        Assert.Equal("127.0.0.1", address.Host);
        await WaitUntilLoadedAsync(address);

        var (exitCode, text) = await GraphQLHttpAudit.RunAsync(new Uri(address, "/graphql"));

        output.WriteLine(text);
        Assert.Contains($"audit: {AuditCount} ok, 0 warn, 0 notice, 0 error of {AuditCount}", text, StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
    }

    private static async Task WaitUntilLoadedAsync(Uri address)
    {
        using var client = new HttpClient { BaseAddress = address };
        for (var i = 0; i < 600; i++)
        {
            using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK) return;
            await Task.Delay(50);
        }
        throw new TimeoutException($"the hub at {address} did not load its network");
    }
}
