using Microsoft.Extensions.FileProviders;

namespace ResourceHub.Hub.Endpoints;

/// <summary>
/// The support network map a browser gets at GET /map: an area and a period, the geographic and the network view, a
/// node's details. Its page and assets are built from npm packages (cytoscape.js) by web/map and embedded in this
/// assembly (see Hub.csproj); it reads everything from /graphql, as the caller its identity makes it.
/// </summary>
internal sealed class MapPage
{
    /// <summary>The page's path.</summary>
    public const string Path = "/map";

    /// <summary>Where the page's script and style are served; web/map/build.mjs links them here.</summary>
    public const string AssetPath = "/map/assets";

    private const string PageFile = "index.html";

    private readonly EmbeddedFileProvider _assets = new(typeof(MapPage).Assembly, "ResourceHub.Hub.Map");
    private readonly byte[] _html;

    public MapPage()
    {
        var page = _assets.GetFileInfo(PageFile);
        if (!page.Exists) throw new InvalidOperationException("the map is not embedded: build src/Hub, which builds web/map");
        using var stream = page.CreateReadStream();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        _html = buffer.ToArray();
    }

    /// <summary>Serves the map's hashed assets under <see cref="AssetPath"/>, cached for good.</summary>
    public StaticFileOptions AssetOptions() => new()
    {
        RequestPath = AssetPath,
        FileProvider = _assets,
        OnPrepareResponse = context => context.Context.Response.Headers.CacheControl =
            context.File.Name == PageFile ? "no-cache" : "public, max-age=31536000, immutable",
    };

    public async Task WriteAsync(HttpContext http)
    {
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        await http.Response.Body.WriteAsync(_html, http.RequestAborted);
    }
}
