using Microsoft.Extensions.FileProviders;

namespace ResourceHub.Hub.Endpoints;

/// <summary>
/// The explorer (GraphiQL) a browser gets at GET /graphql: write a query, run it, see the answer. Its page and
/// assets are built from npm packages by web/explorer and embedded in this assembly (see Hub.csproj).
/// </summary>
internal sealed class ExplorerPage
{
    /// <summary>Where the page's scripts, styles and workers are served; web/explorer/build.mjs links them here.</summary>
    public const string AssetPath = "/graphql/explorer";

    private const string PageFile = "index.html";

    // Every asset but the page has a content hash in its name: a changed file gets a new name, so browsers may keep one for good.
    private const string HashedAssetCaching = "public, max-age=31536000, immutable";

    // The built explorer, embedded as ResourceHub.Hub.Explorer.<file>: the page and its hashed assets.
    private readonly EmbeddedFileProvider _assets = new(typeof(ExplorerPage).Assembly, "ResourceHub.Hub.Explorer");
    private readonly byte[] _html;

    public ExplorerPage()
    {
        var page = _assets.GetFileInfo(PageFile);
        if (!page.Exists) throw new InvalidOperationException("the explorer is not embedded: build src/Hub, which builds web/explorer");
        using var stream = page.CreateReadStream();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        _html = buffer.ToArray();
    }

    /// <summary>Serves the explorer's assets under <see cref="AssetPath"/>.</summary>
    public StaticFileOptions AssetOptions() => new()
    {
        RequestPath = AssetPath,
        FileProvider = _assets,
        OnPrepareResponse = context => context.Context.Response.Headers.CacheControl =
            context.File.Name == PageFile ? "no-cache" : HashedAssetCaching,
    };

    /// <summary>A browser navigating to /graphql (it accepts HTML and sends no query) gets the page.</summary>
    public static bool IsWanted(HttpRequest request) =>
        !request.Query.ContainsKey("query") && ResourceHubEndpoints.AcceptsHtml(request);

    public async Task WriteAsync(HttpContext http)
    {
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        await http.Response.Body.WriteAsync(_html, http.RequestAborted);
    }
}
