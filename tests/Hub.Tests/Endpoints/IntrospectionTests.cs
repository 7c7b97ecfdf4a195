using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ResourceHub.Hub.Tests.Endpoints;

/// <summary>
/// Code generators and schema tools against the real hub: npm graphql's getIntrospectionQuery with every option
/// (schema description, specifiedByURL, isRepeatable, input value deprecation), sent by an anonymous caller; the client
/// schema graphql-js builds from the answer must print exactly as the published schema.graphql does.
/// </summary>
public sealed class IntrospectionTests(ITestOutputHelper output)
{
    [Fact]
    public async Task FullIntrospection_AllOptions_BuildsTheClientSchemaThatIsPublished()
    {
        await GraphQLHttpAudit.EnsureInstalledAsync(output.WriteLine);
        await using var hub = new HubFactory();
        hub.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        hub.StartServer();
        var address = new Uri(hub.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        using (var client = new HttpClient { BaseAddress = address })
        {
            for (var i = 0; i < 600 && (await client.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode != HttpStatusCode.OK; i++) await Task.Delay(50);
        }
        var outDir = Path.Combine(hub.DataDirectory, "introspection");
        Directory.CreateDirectory(outDir);

        var (exitCode, text) = await GraphQLHttpAudit.IntrospectAsync(new Uri(address, "/graphql"), Path.Combine(RepositoryRoot(), "schema.graphql"), outDir);

        output.WriteLine(text);
        Assert.True(exitCode == 0, text + FirstDifference(outDir));
    }

    private static string FirstDifference(string outDir)
    {
        var a = Path.Combine(outDir, "introspected.graphql");
        var b = Path.Combine(outDir, "published.graphql");
        if (!File.Exists(a) || !File.Exists(b)) return "";
        var x = File.ReadAllLines(a);
        var y = File.ReadAllLines(b);
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            if (x[i] != y[i]) return $"\nline {i + 1}:\n  introspected: {x[i]}\n  published:    {y[i]}";
        }
        return x.Length == y.Length ? "" : $"\nlengths differ: {x.Length} and {y.Length} lines";
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ResourceHub.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("the repository root (ResourceHub.sln) was not found above " + AppContext.BaseDirectory);
    }
}
