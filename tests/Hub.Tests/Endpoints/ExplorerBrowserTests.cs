using System.Diagnostics;
using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ResourceHub.Hub.Tests.Endpoints;

/// <summary>
/// The explorer as a person meets it: the real hub on Kestrel in Development, Debian's Chromium driven by playwright-core
/// (tests/Hub.Tests/Browser/explorer.mjs), GraphiQL's run button pressed on each role's examples with the role switcher's
/// development tokens: the social worker sees the elder behind a need and records a new one, the same document run
/// anonymously shows only the need's public title, and the official's examples answer.
/// </summary>
public sealed class ExplorerBrowserTests : IClassFixture<ExplorerBrowserTests.Hub>
{
    private const string Chromium = "/usr/bin/chromium";

    private readonly Hub _hub;
    private readonly ITestOutputHelper _output;

    public ExplorerBrowserTests(Hub hub, ITestOutputHelper output)
    {
        _hub = hub;
        _output = output;
    }

    /// <summary>The hub on a free port of 127.0.0.1 in Development, with the demo network loaded; another process can reach it.</summary>
    public sealed class Hub : IAsyncLifetime
    {
        public HubFactory Factory { get; } = new(environment: "Development");
        public Uri Address { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            Factory.StartServer();
            var addresses = Factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
            Address = new Uri(addresses.Single());
            using var client = new HttpClient { BaseAddress = Address };
            for (var i = 0; i < 600; i++)
            {
                if ((await client.GetAsync(new Uri("/healthz", UriKind.Relative))).IsSuccessStatusCode) return;
                await Task.Delay(50);
            }
            throw new TimeoutException("the hub did not load its network");
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    [Fact]
    public async Task Explorer_ExamplesRunAsTheirRoles_EachRoleGetsWhatItMaySee()
    {
        var tool = typeof(ExplorerBrowserTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "BrowserToolDirectory").Value!;
        await EnsureChromiumAsync(tool);
        await NodeTool.EnsureInstalledAsync(tool, "playwright-core");
        var screenshot = Path.Combine(Path.GetTempPath(), "resourcehub-hub-tests", $"explorer-{Guid.NewGuid():N}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);

        var (exitCode, output) = await NodeTool.RunAsync("node", ["explorer.mjs", _hub.Address.ToString(), screenshot], tool, TimeSpan.FromMinutes(2));

        _output.WriteLine(output);
        _output.WriteLine($"screenshot: {screenshot}");
        Assert.True(exitCode == 0, $"explorer.mjs exited with {exitCode}:\n{output}");
        Assert.Contains("ran WhoCanHelp as 社工: the elder 贺某红", output, StringComparison.Ordinal);
        Assert.Contains("ran WhoCanHelp as 匿名: \"送节目上门（月悦社区）\"", output, StringComparison.Ordinal);
        Assert.Contains("ran NewNeed as 社工: created", output, StringComparison.Ordinal);
        Assert.Contains("Township as 民政局", output, StringComparison.Ordinal);
        Assert.True(File.Exists(screenshot), $"no screenshot at {screenshot}");
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is too small to show the explorer");
    }

    // A fresh machine may lack Chromium: as root, the test installs it from Debian's packages, as CI does.
    private static async Task EnsureChromiumAsync(string tool)
    {
        if (File.Exists(Chromium)) return;
        if (Environment.UserName == "root")
        {
            var (exitCode, output) = await NodeTool.RunAsync("bash", [Path.Combine(tool, "ensure-chromium.sh")], tool, TimeSpan.FromMinutes(10));
            if (exitCode != 0) throw new InvalidOperationException($"installing Chromium failed ({exitCode}):\n{output}");
        }
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException(
                $"this test drives Debian's Chromium at {Chromium}, which is missing: as root run tests/Hub.Tests/Browser/ensure-chromium.sh (apt-get install -y chromium fonts-noto-cjk)");
        }
    }
}
