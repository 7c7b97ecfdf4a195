using System.Net;
using System.Text.Json;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Hub.Tests.Identity;

/// <summary>Development tokens over real HTTP: minted with the data directory's key, accepted in Development only.</summary>
public sealed class DevTokenTests
{
    private const string Elders = """{ elders(first: 1) { totalCount } }""";

    [Fact]
    public async Task DevToken_OfASocialWorker_ListsTheEldersOfTheirTownship()
    {
        using var hub = new HubFactory(environment: "Development");
        var client = await hub.ReadyClientAsync();
        var token = hub.DevToken("--role", "social_worker", "--area", "430112001");

        var result = await HubFactory.QueryAsync(client, Elders, token: token);

        Assert.False(result.TryGetProperty("errors", out _), result.GetRawText());
        Assert.True(result.GetProperty("data").GetProperty("elders").GetProperty("totalCount").GetInt32() > 0);
    }

    [Fact]
    public async Task NoToken_ListsNoElders()
    {
        using var hub = new HubFactory(environment: "Development");
        var client = await hub.ReadyClientAsync();

        var result = await HubFactory.QueryAsync(client, Elders);

        Assert.Equal("FORBIDDEN", result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task TamperedToken_IsRefusedWith401()
    {
        using var hub = new HubFactory(environment: "Development");
        var client = await hub.ReadyClientAsync();
        var token = hub.DevToken("--role", "admin");
        var parts = token.Split('.');
        var tampered = parts[0] + "." + parts[1] + "." + new string(parts[2].Reverse().ToArray());

        using var response = await PostAsync(client, Elders, tampered);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("UNAUTHENTICATED", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DevToken_InProduction_IsRefusedWith401()
    {
        string token;
        var directory = HubFactory.NewDataDirectory();
        using (var dev = new HubFactory(directory, environment: "Development"))
        {
            await dev.ReadyClientAsync();
            token = dev.DevToken("--role", "admin");
        }
        using var production = new HubFactory(directory, environment: "Production");
        var client = await production.ReadyClientAsync();

        using var response = await PostAsync(client, Elders, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task DevToken_OfAVolunteer_UpdatesTheirOwnProfile_ButNotAnotherVolunteer()
    {
        using var hub = new HubFactory(environment: "Development");
        var client = await hub.ReadyClientAsync();
        var volunteers = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<ResourceHub.Graph.Index.NetworkIndex>(hub.Services).Current.Nodes<ResourceHub.Graph.Model.Volunteer>().Take(2).ToList();
        var token = hub.DevToken("--role", "volunteer", "--node", GlobalId.Encode(volunteers[0]));
        const string Update = "mutation($input: UpdateVolunteerInput!) { updateVolunteer(input: $input) { volunteer { maxTravelKm } userErrors { code } } }";

        var own = await HubFactory.QueryAsync(client, Update, new { input = new { id = GlobalId.Encode(volunteers[0]), version = volunteers[0].Version, maxTravelKm = 4.5 } }, token);
        var other = await HubFactory.QueryAsync(client, Update, new { input = new { id = GlobalId.Encode(volunteers[1]), version = volunteers[1].Version, maxTravelKm = 4.5 } }, token);

        Assert.Equal(4.5, own.GetProperty("data").GetProperty("updateVolunteer").GetProperty("volunteer").GetProperty("maxTravelKm").GetDouble());
        Assert.Contains("FORBIDDEN", other.GetRawText(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string query, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = System.Net.Http.Json.JsonContent.Create(new { query }) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }
}
