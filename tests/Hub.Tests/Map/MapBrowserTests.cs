using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Interactions;
using OpenQA.Selenium.Support.UI;
using ResourceHub.Graph.Analytics;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Hub.Tests.Browser;
using Xunit.Abstractions;

namespace ResourceHub.Hub.Tests.Map;

/// <summary>
/// The map as an official meets it: the real hub on Kestrel in Development, Debian's Chromium driven by its own driver
/// through Selenium.WebDriver, /map for 望城区 as the district's civil-affairs official (the role switcher's development
/// token): the communities and the actors are drawn at their points, the communities with needs no helper can reach are
/// marked, a click on one shows its details and its paths to helpers, the network view draws the whole support network
/// with its brokers sized; nothing is fetched from any other host; a screenshot is saved.
/// </summary>
public sealed class MapBrowserTests : IClassFixture<KestrelHub>
{
    private readonly KestrelHub _hub;
    private readonly ITestOutputHelper _output;

    public MapBrowserTests(KestrelHub hub, ITestOutputHelper output)
    {
        _hub = hub;
        _output = output;
    }

    [Fact]
    public async Task Map_OfTheDistrict_DrawsCommunitiesActorsAndGaps_AndAClickShowsACommunitysDetails()
    {
        await Chromium.EnsureAsync();
        var snapshot = _hub.Factory.Services.GetRequiredService<NetworkIndex>().Current;
        var district = snapshot.AreaByCode("430112")!;
        var communities = snapshot.Subtree(district.Id).Select(id => snapshot.Node<Area>(id)!).Where(a => a.Level == AreaLevel.Community).ToList();
        var gapCommunities = await GapCommunitiesAsync();
        using var driver = Start();
        var wait = new WebDriverWait(driver, TimeSpan.FromSeconds(90));

        driver.Navigate().GoToUrl(new Uri(_hub.Address, "/map?area=430112&as=official"));
        wait.Until(d => ((IJavaScriptExecutor)d).ExecuteScript("return document.body.dataset.state") as string is "ready" or "error");
        var stats = Stats(driver);

        Assert.Equal("ready", ((IJavaScriptExecutor)driver).ExecuteScript("return document.body.dataset.state"));
        Assert.Equal(communities.Count(c => c.Point is not null), stats.GetProperty("geoCommunities").GetInt32());
        Assert.True(stats.GetProperty("geoNodes").GetInt32() > 2 * stats.GetProperty("geoCommunities").GetInt32(), "the actors are drawn beside the communities");
        Assert.True(stats.GetProperty("overseen").GetBoolean(), "the official reads the gaps");
        Assert.Equal(gapCommunities.Count, stats.GetProperty("gaps").GetInt32());
        Assert.NotEmpty(gapCommunities);
        Assert.Contains("服务缺口 Gaps: 助浴", driver.FindElement(By.Id("summary")).Text, StringComparison.Ordinal);

        // A click on a marked community, where cytoscape drew it, zoomed in on it first as a person would (they lie close together).
        var (id, name) = gapCommunities[0];
        var canvas = driver.FindElement(By.Id("geo"));
        var at = (IReadOnlyCollection<object>)((IJavaScriptExecutor)driver).ExecuteScript(
            "const cy = window.resourceHubMap.views().geo; const n = cy.$id(arguments[0]); cy.zoom({ level: 4, position: n.position() }); cy.center(n); " +
            "const p = n.renderedPosition(); return [p.x, p.y];", id)!;
        var (x, y) = (Convert.ToDouble(at.First(), System.Globalization.CultureInfo.InvariantCulture), Convert.ToDouble(at.Last(), System.Globalization.CultureInfo.InvariantCulture));
        new Actions(driver).MoveToElement(canvas, (int)(x - canvas.Size.Width / 2.0), (int)(y - canvas.Size.Height / 2.0)).Click().Perform();
        wait.Until(d => d.FindElement(By.Id("details")).GetAttribute("data-node-id") is not null);
        var details = driver.FindElement(By.Id("details")).Text;
        Assert.True(driver.FindElement(By.Id("details")).GetAttribute("data-node-id") == id, $"clicked {name} at ({x}, {y}) of {canvas.Size}, got: {details}");

        Assert.StartsWith(name, details, StringComparison.Ordinal);
        Assert.Contains("社会组织 org", details, StringComparison.Ordinal);
        Assert.Contains("无人可助 unmet 1", details, StringComparison.Ordinal);
        Assert.Contains("关系 Links", details, StringComparison.Ordinal);
        Assert.Contains("可以帮助的服务方 Helpers", details, StringComparison.Ordinal);
        Assert.True(driver.FindElements(By.CssSelector("#details .paths li")).Count > 0, "the community's paths to helpers are listed");

        driver.FindElement(By.Id("show-net")).Click();
        wait.Until(d => d.FindElement(By.Id("net")).Displayed);
        stats = Stats(driver);
        var network = SupportNetwork.Of(snapshot, district.Id);
        Assert.Equal(network.NodeCount, stats.GetProperty("netNodes").GetInt32());
        Assert.Equal(network.TieCount, stats.GetProperty("netEdges").GetInt32());
        Assert.Equal(25, stats.GetProperty("brokers").GetInt32());

        var screenshot = Path.Combine(Path.GetTempPath(), "resourcehub-hub-tests", $"map-{Guid.NewGuid():N}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        driver.FindElement(By.Id("show-geo")).Click();
        ((ITakesScreenshot)driver).GetScreenshot().SaveAsFile(screenshot);
        _output.WriteLine($"screenshot: {screenshot}");
        Assert.True(new FileInfo(screenshot).Length > 50_000, "the screenshot is too small to show the map");
        var elsewhere = ((IJavaScriptExecutor)driver).ExecuteScript(
            "return performance.getEntriesByType('resource').map(e => e.name).filter(u => !u.startsWith(location.origin) && !u.startsWith('data:'))")!;
        Assert.Empty((IReadOnlyCollection<object>)elsewhere);
    }

    [Fact]
    public async Task Map_Anonymously_DrawsThePublicNetwork_AndSaysWhoSeesTheGaps()
    {
        await Chromium.EnsureAsync();
        using var driver = Start();
        var wait = new WebDriverWait(driver, TimeSpan.FromSeconds(90));

        driver.Navigate().GoToUrl(new Uri(_hub.Address, "/map?area=430112001&as=anonymous&view=network"));
        wait.Until(d => ((IJavaScriptExecutor)d).ExecuteScript("return document.body.dataset.state") as string is "ready" or "error");
        var stats = Stats(driver);

        Assert.Equal("ready", ((IJavaScriptExecutor)driver).ExecuteScript("return document.body.dataset.state"));
        Assert.False(stats.GetProperty("overseen").GetBoolean());
        Assert.Equal(0, stats.GetProperty("gaps").GetInt32());
        Assert.True(stats.GetProperty("netNodes").GetInt32() > 0);
        Assert.Contains("仅对负责该区域的社工和民政人员可见", driver.FindElement(By.Id("summary")).Text, StringComparison.Ordinal);
    }

    private static ChromeDriver Start()
    {
        var options = new ChromeOptions { BinaryLocation = Chromium.Browser };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1500,950", "--lang=zh-CN",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Chromium.Driver)!, Path.GetFileName(Chromium.Driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(120));
    }

    private static JsonElement Stats(IWebDriver driver) =>
        JsonDocument.Parse((string)((IJavaScriptExecutor)driver).ExecuteScript("return JSON.stringify(window.resourceHubMap.stats())")!).RootElement;

    // The communities of the district with an open need no qualified helper reaches, as the official's API answers.
    private async Task<List<(string Id, string Name)>> GapCommunitiesAsync()
    {
        using var client = _hub.Factory.CreateClient();
        var token = _hub.Factory.DevToken("--role", "official", "--area", "430112");
        var result = await HubFactory.QueryAsync(client, "query { area(code: \"430112\") { serviceGaps { communities { community { id name } unmet } } } }", null, token: token);
        return [.. result.GetProperty("data").GetProperty("area").GetProperty("serviceGaps").GetProperty("communities").EnumerateArray()
            .Where(c => c.GetProperty("unmet").GetInt32() > 0)
            .Select(c => (c.GetProperty("community").GetProperty("id").GetString()!, c.GetProperty("community").GetProperty("name").GetString()!))];
    }
}
