using System.Net;
using System.Text.Json;

namespace ResourceHub.Hub.Tests.Identity;

/// <summary>
/// The explorer's role switcher: in Development the hub offers one identity per kind of user with a token it minted,
/// each token is accepted and stands for the caller it says; elsewhere there is no such route.
/// </summary>
public sealed class ExplorerIdentityTests
{
    private const string Viewer = "{ viewer { signedIn subject name roles areas { name } stations { name } node { __typename } app canWrite } }";

    [Fact]
    public async Task Identities_InDevelopment_OneForEachKindOfUser_EachTokenActsAsItsRole()
    {
        using var hub = new HubFactory(environment: "Development");
        var client = await hub.ReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/graphql/identities", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("高塘岭街道社工站", body, StringComparison.Ordinal); // Chinese as it is, not \u-escaped
        var identities = JsonDocument.Parse(body).RootElement.GetProperty("identities").EnumerateArray()
            .ToDictionary(i => i.GetProperty("key").GetString()!, i => i.GetProperty("token").GetString());
        Assert.Equal(["anonymous", "app", "volunteer", "social_worker", "org_admin", "official", "admin"], identities.Keys);
        Assert.Null(identities["anonymous"]);

        var viewers = new Dictionary<string, JsonElement>();
        foreach (var (key, token) in identities)
            viewers[key] = (await HubFactory.QueryAsync(client, Viewer, token: token)).GetProperty("data").GetProperty("viewer");

        Assert.False(viewers["anonymous"].GetProperty("signedIn").GetBoolean());
        Assert.Equal(JsonValueKind.Null, viewers["anonymous"].GetProperty("subject").ValueKind);
        Assert.Equal(["APP"], Roles(viewers["app"]));
        Assert.False(viewers["app"].GetProperty("canWrite").GetBoolean());
        Assert.Equal(["VOLUNTEER"], Roles(viewers["volunteer"]));
        Assert.Equal("Volunteer", viewers["volunteer"].GetProperty("node").GetProperty("__typename").GetString());
        Assert.Equal(["SOCIAL_WORKER"], Roles(viewers["social_worker"]));
        Assert.Equal("高塘岭街道社工站", viewers["social_worker"].GetProperty("stations")[0].GetProperty("name").GetString());
        Assert.Equal("SocialWorker", viewers["social_worker"].GetProperty("node").GetProperty("__typename").GetString());
        Assert.Equal(["ORG_ADMIN"], Roles(viewers["org_admin"]));
        Assert.Equal("Organization", viewers["org_admin"].GetProperty("node").GetProperty("__typename").GetString());
        Assert.Equal(["OFFICIAL"], Roles(viewers["official"]));
        Assert.Equal("望城区", viewers["official"].GetProperty("areas")[0].GetProperty("name").GetString());
        Assert.Equal(["ADMIN"], Roles(viewers["admin"]));
        Assert.All(["volunteer", "social_worker", "org_admin", "official", "admin"], k => Assert.True(viewers[k].GetProperty("canWrite").GetBoolean(), k));
    }

    [Fact]
    public async Task Identities_TheSocialWorkersToken_SeesTheEldersOfTheStation_TheAppsDoesNot()
    {
        using var hub = new HubFactory(environment: "Development");
        var client = await hub.ReadyClientAsync();
        var identities = await IdentitiesAsync(client);
        const string Elders = "{ elders(first: 100) { totalCount nodes { area { code } } } }";

        var worker = await HubFactory.QueryAsync(client, Elders, token: identities["social_worker"]);
        var app = await HubFactory.QueryAsync(client, Elders, token: identities["app"]);

        var elders = worker.GetProperty("data").GetProperty("elders");
        Assert.True(elders.GetProperty("totalCount").GetInt32() > 0, worker.GetRawText());
        // The station of 高塘岭街道 serves its township: every elder it sees lives there.
        Assert.All(elders.GetProperty("nodes").EnumerateArray(), e => Assert.StartsWith("430112001", e.GetProperty("area").GetProperty("code").GetString(), StringComparison.Ordinal));
        Assert.Equal("FORBIDDEN", app.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Testing")]
    public async Task Identities_OutsideDevelopment_DoNotExist(string environment)
    {
        using var hub = new HubFactory(environment: environment);
        var client = await hub.ReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/graphql/identities", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Production_WithNoIdentitySettings_ServesAnonymousReadsOnly()
    {
        using var hub = new HubFactory(environment: "Production");
        var client = await hub.ReadyClientAsync();

        var read = await HubFactory.QueryAsync(client, """{ area(code: "430112") { name } viewer { signedIn } }""");
        var write = await HubFactory.QueryAsync(client, """mutation { createArea(input: {name: "新社区", code: "430112001999", level: COMMUNITY, kind: COMMUNITY}) { area { id } } }""");

        Assert.Equal("望城区", read.GetProperty("data").GetProperty("area").GetProperty("name").GetString());
        Assert.False(read.GetProperty("data").GetProperty("viewer").GetProperty("signedIn").GetBoolean());
        Assert.Equal("UNAUTHENTICATED", write.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, write.GetProperty("data").GetProperty("createArea").ValueKind);
    }

    private static async Task<Dictionary<string, string?>> IdentitiesAsync(HttpClient client)
    {
        var body = await client.GetStringAsync(new Uri("/graphql/identities", UriKind.Relative));
        return JsonDocument.Parse(body).RootElement.GetProperty("identities").EnumerateArray()
            .ToDictionary(i => i.GetProperty("key").GetString()!, i => i.GetProperty("token").GetString());
    }

    private static string[] Roles(JsonElement viewer) => viewer.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray();
}
