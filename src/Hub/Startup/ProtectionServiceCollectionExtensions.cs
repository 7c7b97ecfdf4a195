using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using ResourceHub.Hub.Identity;
using ResourceHub.Hub.Startup;
using ResourceHub.Schema;
using ResourceHub.Schema.Limits;

// Registration extensions live beside IServiceCollection, as EF Core's and MediatR's do.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// What bounds a caller: the request limits (Hub:Limits), trusted documents, rates per caller (ASP.NET Core's rate
/// limiter), the origins of third-party web apps (CORS) and the largest request body.
/// </summary>
internal static class ProtectionServiceCollectionExtensions
{
    /// <summary>The rate-limiter policy of /graphql.</summary>
    public const string GraphQLRate = "graphql";

    /// <summary>The largest request body /graphql reads: a document within its limits with generous variables.</summary>
    public const long MaxRequestBody = 1 << 20;

    public static IServiceCollection AddHubProtection(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<RequestLimits>().Bind(configuration.GetSection("Hub:Limits")).PostConfigure(limits =>
        {
            // Production answers no introspection unless told to: the published schema is schema.graphql.
            if (environment.IsProduction() && configuration["Hub:Limits:Introspection"] is null) limits.Introspection = false;
        });
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<RequestLimits>>().Value);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<HubOptions>();
            return new PersistedDocuments(PersistedDocuments.ReadFolder(options.TrustedDocuments), options.TrustedDocumentsOnly);
        });
        services.AddRateLimiter(o =>
        {
            o.AddPolicy<CallerRatePolicy.Key, CallerRatePolicy>(GraphQLRate);
            o.OnRejected = async (context, ct) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)) : 1;
                var response = context.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = retry.ToString(System.Globalization.CultureInfo.InvariantCulture);
                response.ContentType = "application/json; charset=utf-8";
                await response.WriteAsync("{\"errors\":[{\"message\":\"Too many requests: retry after " + retry.ToString(System.Globalization.CultureInfo.InvariantCulture) +
                    " s.\",\"extensions\":{\"code\":\"" + HubErrorCodes.RateLimited + "\"}}]}", ct);
            };
        });
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>().Configure<HubOptions>((o, hub) => o.AddDefaultPolicy(policy =>
        {
            if (hub.CorsOrigins.Count > 0)
                policy.WithOrigins([.. hub.CorsOrigins]).WithMethods("GET", "POST").WithHeaders("Content-Type", "Authorization", "Accept").SetPreflightMaxAge(TimeSpan.FromMinutes(10));
        }));
        return services;
    }
}
