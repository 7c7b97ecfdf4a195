namespace ResourceHub.Hub.Endpoints;

/// <summary>
/// The explorer (GraphiQL) a browser gets at GET /graphql: write a query, run it, see the answer. Its page and
/// assets are built from npm packages by web/explorer and embedded in this assembly (see Hub.csproj).
/// </summary>
internal sealed class ExplorerPage() : EmbeddedPage("ResourceHub.Hub.Explorer", AssetPath, "web/explorer")
{
    /// <summary>Where the page's scripts, styles and workers are served; web/explorer/build.mjs links them here.</summary>
    public const string AssetPath = "/graphql/explorer";

    /// <summary>A browser navigating to /graphql (it accepts HTML and sends no query) gets the page.</summary>
    public static bool IsWanted(HttpRequest request) =>
        !request.Query.ContainsKey("query") && ResourceHubEndpoints.AcceptsHtml(request);
}
