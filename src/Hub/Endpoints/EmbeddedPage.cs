using Microsoft.Extensions.FileProviders;

namespace ResourceHub.Hub.Endpoints;

/// <summary>
/// A page of the hub built from npm packages by its own folder of web/ and embedded in this assembly (see Hub.csproj):
/// the page itself, never cached, and its assets, whose names carry a content hash so browsers may keep them for good.
/// </summary>
internal abstract class EmbeddedPage
{
    private const string PageFile = "index.html";
    private const string HashedAssetCaching = "public, max-age=31536000, immutable";

    private readonly EmbeddedFileProvider _assets;
    private readonly string _assetPath;
    private readonly byte[] _html;

    /// <param name="resourcePrefix">The embedded files' name prefix, e.g. ResourceHub.Hub.Explorer.</param>
    /// <param name="assetPath">Where the assets are served; the page's build links them there.</param>
    /// <param name="folder">The web/ folder that builds it, for the error when it is missing.</param>
    protected EmbeddedPage(string resourcePrefix, string assetPath, string folder)
    {
        _assets = new EmbeddedFileProvider(typeof(EmbeddedPage).Assembly, resourcePrefix);
        _assetPath = assetPath;
        var page = _assets.GetFileInfo(PageFile);
        if (!page.Exists) throw new InvalidOperationException($"the page is not embedded: build src/Hub, which builds {folder}");
        using var stream = page.CreateReadStream();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        _html = buffer.ToArray();
    }

    /// <summary>Serves the page's assets.</summary>
    public StaticFileOptions AssetOptions() => new()
    {
        RequestPath = _assetPath,
        FileProvider = _assets,
        OnPrepareResponse = context => context.Context.Response.Headers.CacheControl =
            context.File.Name == PageFile ? "no-cache" : HashedAssetCaching,
    };

    public async Task WriteAsync(HttpContext http)
    {
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        await http.Response.Body.WriteAsync(_html, http.RequestAborted);
    }
}
