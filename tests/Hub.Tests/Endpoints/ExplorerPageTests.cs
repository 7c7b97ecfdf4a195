using System.Net;
using System.Text.RegularExpressions;

namespace ResourceHub.Hub.Tests.Endpoints;

/// <summary>The explorer's page and assets over HTTP: what the browser test relies on, checked without a browser.</summary>
public sealed partial class ExplorerPageTests : IClassFixture<GraphQLHttpTests.Hub>
{
    private readonly GraphQLHttpTests.Hub _hub;

    public ExplorerPageTests(GraphQLHttpTests.Hub hub) => _hub = hub;

    [GeneratedRegex("(?:src|href)=\"(/graphql/explorer/[^\"]+)\"")]
    private static partial Regex AssetLink();

    private async Task<string> PageAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await _hub.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Page_LinksItsScriptAndStyle_ServedWithTypeAndLongCaching()
    {
        var links = AssetLink().Matches(await PageAsync()).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(2, links.Count);
        foreach (var link in links)
        {
            using var response = await _hub.Client.GetAsync(new Uri(link, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(link.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript" : "text/css", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
            Assert.NotNull(response.Headers.ETag);
        }
    }

    [Fact]
    public async Task Script_HoldsTheExamplesOfEachUser()
    {
        var script = AssetLink().Matches(await PageAsync()).Select(m => m.Groups[1].Value).Single(l => l.EndsWith(".js", StringComparison.Ordinal));

        var text = await _hub.Client.GetStringAsync(new Uri(script, UriKind.Relative));

        // One or more for each kind of user: social worker, official, volunteer, app, admin; a write among them.
        Assert.Contains("query WhoCanHelp", text, StringComparison.Ordinal);
        Assert.Contains("mutation NewNeed", text, StringComparison.Ordinal);
        Assert.Contains("query DistrictOverview", text, StringComparison.Ordinal);
        Assert.Contains("query MyProfile", text, StringComparison.Ordinal);
        Assert.Contains("query Directory", text, StringComparison.Ordinal);
        Assert.Contains("query AuditLog", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_NamesNoOtherHost()
    {
        var page = await PageAsync();

        // No absolute or protocol-relative URL: everything the page loads comes from the hub.
        Assert.DoesNotContain("//", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/graphql/explorer/nope.js")]
    [InlineData("/graphql/explorer/")]
    public async Task Asset_Unknown_Is404(string path)
    {
        using var response = await _hub.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
