using System.Diagnostics;
using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Hub.Tests.Browser;
using Xunit.Abstractions;

namespace ResourceHub.Hub.Tests.Endpoints;

/// <summary>
/// The explorer as a person meets it: the real hub on Kestrel in Development, Debian's Chromium driven by playwright-core
/// (tests/Hub.Tests/Browser/explorer.mjs), GraphiQL's run button pressed on each role's examples with the role switcher's
/// development tokens: the social worker sees the elder behind a need and records a new one, the same document run
/// anonymously shows only the need's public title, and the official's examples answer.
/// </summary>
public sealed class ExplorerBrowserTests : IClassFixture<KestrelHub>
{
    private readonly KestrelHub _hub;
    private readonly ITestOutputHelper _output;

    public ExplorerBrowserTests(KestrelHub hub, ITestOutputHelper output)
    {
        _hub = hub;
        _output = output;
    }

    [Fact]
    public async Task Explorer_ExamplesRunAsTheirRoles_EachRoleGetsWhatItMaySee()
    {
        var tool = Chromium.ToolDirectory;
        await Chromium.EnsureAsync();
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
}
