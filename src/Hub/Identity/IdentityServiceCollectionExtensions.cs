using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ResourceHub.Hub.Identity;
using ResourceHub.Hub.Startup;

// Registration extensions live beside IServiceCollection, as EF Core's and MediatR's do.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Identity for the hub: bearer tokens from Entra ID or any OIDC issuer (Microsoft.Identity.Web, section <c>Identity</c>),
/// and in Development the hub's own development tokens. A "Bearer" scheme forwards each token to the one that issued
/// it by its <c>iss</c>. With neither, no token is accepted and every caller is anonymous.
/// </summary>
internal static class IdentityServiceCollectionExtensions
{
    public const string OidcScheme = "Oidc";
    public const string DevScheme = "DevToken";
    public const string BearerScheme = "Bearer";

    /// <summary>True when the section configures an OIDC issuer (an authority, or an Entra ID instance and tenant).</summary>
    public static bool HasIssuer(IConfiguration identity) =>
        !string.IsNullOrWhiteSpace(identity["Authority"]) || !string.IsNullOrWhiteSpace(identity["Instance"]);

    public static IServiceCollection AddHubIdentity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var identity = configuration.GetSection("Identity");
        services.AddOptions<ClaimNames>().Bind(identity.GetSection("Claims"));
        var oidc = HasIssuer(identity);
        var dev = environment.IsDevelopment();
        services.AddSingleton(sp => new DevTokens(sp.GetRequiredService<HubOptions>().DataDirectory));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ExplorerIdentities>();
        if (!oidc && !dev)
        {
            services.AddAuthentication();
            return services;
        }
        if (oidc && string.IsNullOrWhiteSpace(identity["ClientId"]))
            throw new InvalidOperationException("Identity: an issuer is configured but Identity:ClientId is not; give the API's client id (its audience).");

        var cache = new ValidatedTokenCache(maxEntries: 10_000);
        services.AddSingleton(cache);
        var auth = services.AddAuthentication(BearerScheme);
        if (oidc)
        {
            auth.AddMicrosoftIdentityWebApi(identity, jwtBearerScheme: OidcScheme);
            // Registered after Microsoft.Identity.Web, so it runs after its own configuration of the scheme.
            var entra = !string.IsNullOrWhiteSpace(identity["Instance"]);
            // The access policy decides what a caller may do, from roles in the claim Identity:Claims:Roles names; Microsoft.Identity.Web
            // would otherwise refuse every token without a "roles" or "scp" claim (IDW10201), such as a person's token that carries no
            // role, who then reads as the anonymous do, or an issuer that names roles in a claim of its own.
            services.Configure<MicrosoftIdentityOptions>(OidcScheme, o => o.AllowWebApiToBeAuthorizedByACL = true);
            services.Configure<JwtBearerOptions>(OidcScheme, o =>
            {
                o.MapInboundClaims = false;
                // Entra ID keeps its own issuer validator; any other issuer is checked against its discovery document's issuer.
                if (!entra) o.TokenValidationParameters.IssuerValidator = null;
                cache.Wrap(o.Events, OidcScheme);
            });
        }
        if (dev)
        {
            auth.AddJwtBearer(DevScheme, _ => { });
            services.AddOptions<JwtBearerOptions>(DevScheme).Configure<DevTokens>((o, tokens) =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = DevTokens.Issuer,
                    ValidAudience = DevTokens.Audience,
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    IssuerSigningKeyResolver = (_, _, _, _) => tokens.Keys(),
                    NameClaimType = "name",
                    RoleClaimType = "roles",
                };
                o.Events = new JwtBearerEvents();
                cache.Wrap(o.Events, DevScheme);
            });
        }
        auth.AddPolicyScheme(BearerScheme, BearerScheme, o => o.ForwardDefaultSelector = http =>
        {
            if (!(dev && oidc) || BearerToken.Of(http.Request) is not { } token) return oidc ? OidcScheme : DevScheme;
            // A token seen before goes where it was validated; a new one is read (not validated) for its issuer.
            return cache.SchemeOf(token) ?? (IssuerOf(token) == DevTokens.Issuer ? DevScheme : OidcScheme);
        });
        return services;
    }

    // Read without validating, only to pick the scheme that validates it; a token that does not parse goes to the default.
    private static string? IssuerOf(string token)
    {
        try
        {
            return new JsonWebToken(token).Issuer;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
