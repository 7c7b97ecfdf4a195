using Microsoft.Net.Http.Headers;
using ResourceHub.Graph.Index;
using ResourceHub.Hub.Endpoints;
using ResourceHub.Hub.Identity;
using ResourceHub.Hub.Startup;

// Endpoint mapping lives beside the route builder, as ASP.NET Core's own Map* methods do.
namespace Microsoft.AspNetCore.Builder;

/// <summary>
/// Maps the hub's endpoints: /graphql (GraphQL and, for browsers, the explorer and its assets; in Development its
/// identities), /export/{format} (downloads of an area's public network), /hsds (the HSDS 3.0 API), /healthz (alive) and /readyz (ready for traffic).
/// </summary>
public static class ResourceHubEndpoints
{
    /// <summary>Maps every endpoint of the hub.</summary>
    public static WebApplication MapResourceHub(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(SecurityHeaders.AddAsync);
        app.UseStaticFiles(app.Services.GetRequiredService<ExplorerPage>().AssetOptions());
        app.UseStaticFiles(app.Services.GetRequiredService<MapPage>().AssetOptions());
        app.UseCors();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.MapGet("/healthz", HealthEndpoints.Alive);
        app.MapGet("/readyz", HealthEndpoints.ReadyAsync);
        // Every method reaches the endpoint, so a PUT or a DELETE gets a 405 that says why in a GraphQL error, not an empty body.
        app.Map("/graphql", async (HttpContext http, GraphQLHttpEndpoint endpoint, GraphQLWebSocketEndpoint webSocket, ExplorerPage explorer) =>
        {
            if (http.WebSockets.IsWebSocketRequest)
            {
                await webSocket.HandleAsync(http);
                return;
            }
            if (HttpMethods.IsGet(http.Request.Method) && ExplorerPage.IsWanted(http.Request))
            {
                await explorer.WriteAsync(http);
                return;
            }
            await endpoint.HandleAsync(http);
        }).RequireRateLimiting(ProtectionServiceCollectionExtensions.GraphQLRate);
        // The explorer's role switcher mints development tokens, so it exists only where they are accepted.
        if (app.Environment.IsDevelopment())
            app.MapGet(ExplorerIdentities.Path, (ExplorerIdentities identities) => identities.Answer()).RequireRateLimiting(ProtectionServiceCollectionExtensions.GraphQLRate);
        app.MapGet(MapPage.Path, (HttpContext http, MapPage map) => map.WriteAsync(http)).RequireRateLimiting(ProtectionServiceCollectionExtensions.GraphQLRate);
        // Downloads and the HSDS API read the public directory alone; they are bounded as /graphql is, per caller.
        app.MapGet(ExportEndpoint.Path, (HttpContext http, string format, ExportEndpoint export) => export.HandleAsync(http, format))
            .RequireRateLimiting(ProtectionServiceCollectionExtensions.GraphQLRate);
        app.Services.GetRequiredService<ResourceHub.Hub.Endpoints.Hsds.HsdsApi>()
            .Map(app.MapGroup(ResourceHub.Hub.Endpoints.Hsds.HsdsApi.Prefix).RequireRateLimiting(ProtectionServiceCollectionExtensions.GraphQLRate));
        app.MapGet("/", () => Results.Redirect("/graphql"));
        if (app.Services.GetRequiredService<HubOptions>().BenchEndpoints)
            app.MapPost("/bench/bare", (HttpContext http, BenchBareEndpoint bare) => bare.HandleAsync(http));
        return app;
    }

    internal static bool AcceptsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
