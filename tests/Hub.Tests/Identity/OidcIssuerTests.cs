using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ResourceHub.Hub.Tests.Identity;

/// <summary>
/// The hub behind an OIDC issuer it knows only by configuration (Microsoft.Identity.Web): a small issuer on Kestrel
/// publishes its discovery document and signing key; the hub, in Production, accepts the tokens it signs for the hub's
/// audience, reads roles and scope from the claims configuration names, and refuses every other token with 401.
/// </summary>
public sealed class OidcIssuerTests : IClassFixture<OidcIssuerTests.Issuer>
{
    private const string Audience = "api://resourcehub-test";
    private const string Viewer = "{ viewer { signedIn subject name roles areas { code } } elders(first: 1) { totalCount } }";

    private readonly Issuer _issuer;

    public OidcIssuerTests(Issuer issuer) => _issuer = issuer;

    /// <summary>An OIDC issuer on a free port of 127.0.0.1: discovery document and JWKS, signing with an RSA key of its own.</summary>
    public sealed class Issuer : IAsyncLifetime
    {
        private readonly RSA _rsa = RSA.Create(2048);
        private WebApplication _app = null!;

        public string Address { get; private set; } = "";

        public string Name => Address + "/";

        public async Task InitializeAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            _app = builder.Build();
            var key = _rsa.ExportParameters(false);
            _app.MapGet("/.well-known/openid-configuration", () => Results.Json(new { issuer = Name, jwks_uri = Address + "/jwks" }));
            _app.MapGet("/jwks", () => Results.Json(new
            {
                keys = new[] { new { kty = "RSA", use = "sig", alg = "RS256", kid = "test-key", n = Base64UrlEncoder.Encode(key.Modulus), e = Base64UrlEncoder.Encode(key.Exponent) } },
            }));
            await _app.StartAsync();
            Address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single().TrimEnd('/');
        }

        /// <summary>A token this issuer signs; another issuer name, audience or lifetime when given.</summary>
        public string Token(Dictionary<string, object> claims, string? issuer = null, string audience = Audience, TimeSpan? expiresIn = null, RSA? key = null)
        {
            var now = DateTime.UtcNow;
            var expires = now + (expiresIn ?? TimeSpan.FromHours(1));
            return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = issuer ?? Name,
                Audience = audience,
                Claims = claims,
                IssuedAt = expires < now ? expires.AddMinutes(-10) : now,
                NotBefore = expires < now ? expires.AddMinutes(-10) : now,
                Expires = expires,
                SigningCredentials = new SigningCredentials(new RsaSecurityKey(key ?? _rsa) { KeyId = "test-key" }, SecurityAlgorithms.RsaSha256),
            });
        }

        public async Task DisposeAsync()
        {
            await _app.DisposeAsync();
            _rsa.Dispose();
        }
    }

    private HubFactory Hub(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Identity:Authority"] = _issuer.Name,
            ["Identity:MetadataAddress"] = _issuer.Address + "/.well-known/openid-configuration",
            ["Identity:ClientId"] = Audience,
            ["Identity:Audience"] = Audience,
            ["Identity:RequireHttpsMetadata"] = "false",
        };
        foreach (var (key, value) in extra) settings[key] = value;
        return new HubFactory(environment: "Production", settings: settings);
    }

    [Fact]
    public async Task IssuersToken_ForASocialWorker_IsTheSocialWorkerOfItsAreas()
    {
        using var hub = Hub();
        var client = await hub.ReadyClientAsync();
        var token = _issuer.Token(new() { ["sub"] = "oidc-user-1", ["name"] = "周某梅", ["roles"] = new[] { "social_worker" }, ["areas"] = new[] { "430112001" } });

        var result = await HubFactory.QueryAsync(client, Viewer, token: token);

        Assert.False(result.TryGetProperty("errors", out _), result.GetRawText());
        var viewer = result.GetProperty("data").GetProperty("viewer");
        Assert.Equal("oidc-user-1", viewer.GetProperty("subject").GetString());
        Assert.Equal("周某梅", viewer.GetProperty("name").GetString());
        Assert.Equal("SOCIAL_WORKER", viewer.GetProperty("roles")[0].GetString());
        Assert.Equal("430112001", viewer.GetProperty("areas")[0].GetProperty("code").GetString());
        Assert.True(result.GetProperty("data").GetProperty("elders").GetProperty("totalCount").GetInt32() > 0);
    }

    [Fact]
    public async Task ClaimNames_AreConfigurable_AndATokenWithNoRolesClaimIsStillAccepted()
    {
        using var hub = Hub(("Identity:Claims:Roles", "resourcehub_roles"), ("Identity:Claims:Areas", "resourcehub_areas"), ("Identity:Claims:Subject", "oid"));
        var client = await hub.ReadyClientAsync();
        var token = _issuer.Token(new() { ["sub"] = "pairwise-x", ["oid"] = "object-7", ["resourcehub_roles"] = "official", ["resourcehub_areas"] = "430112" });

        var result = await HubFactory.QueryAsync(client, Viewer, token: token);

        Assert.False(result.TryGetProperty("errors", out _), result.GetRawText());
        var viewer = result.GetProperty("data").GetProperty("viewer");
        Assert.Equal("object-7", viewer.GetProperty("subject").GetString());
        Assert.Equal("OFFICIAL", viewer.GetProperty("roles")[0].GetString());
        Assert.Equal("430112", viewer.GetProperty("areas")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task SignedInWithoutARole_ReadsAsTheAnonymousDo_AndMayNotWrite()
    {
        using var hub = Hub();
        var client = await hub.ReadyClientAsync();
        var token = _issuer.Token(new() { ["sub"] = "oidc-no-role" });

        var read = await HubFactory.QueryAsync(client, "{ viewer { signedIn roles } elders(first: 1) { totalCount } }", token: token);
        var write = await HubFactory.QueryAsync(client, """mutation { createArea(input: {name: "新社区", code: "430112001998", level: COMMUNITY, kind: COMMUNITY}) { area { id } } }""", token: token);

        Assert.True(read.GetProperty("data").GetProperty("viewer").GetProperty("signedIn").GetBoolean());
        Assert.Equal(0, read.GetProperty("data").GetProperty("viewer").GetProperty("roles").GetArrayLength());
        Assert.Equal("FORBIDDEN", read.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("FORBIDDEN", write.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    public static TheoryData<string> Refused() => ["another audience", "another issuer", "expired", "another key", "not a token"];

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task OtherTokens_AreRefusedWith401(string kind)
    {
        using var hub = Hub();
        var client = await hub.ReadyClientAsync();
        using var stranger = RSA.Create(2048);
        var claims = new Dictionary<string, object> { ["sub"] = "oidc-user-2", ["roles"] = new[] { "admin" } };
        var token = kind switch
        {
            "another audience" => _issuer.Token(claims, audience: "api://someone-else"),
            "another issuer" => _issuer.Token(claims, issuer: "http://evil.example/"),
            "expired" => _issuer.Token(claims, expiresIn: TimeSpan.FromHours(-1)),
            "another key" => _issuer.Token(claims, key: stranger),
            _ => "not-a-token",
        };

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ viewer { roles } }"}""", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("UNAUTHENTICATED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.DoesNotContain("IDX", body.GetRawText(), StringComparison.Ordinal); // no library internals in the answer
    }
}
