using System.Reflection;

namespace ResourceHub.Hub.Endpoints;

/// <summary>The explorer page a browser gets at GET /graphql: write a query, run it, see the answer.</summary>
internal sealed class ExplorerPage
{
    private readonly byte[] _html;

    public ExplorerPage()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ResourceHub.Hub.wwwroot.explorer.html")
            ?? throw new InvalidOperationException("the explorer page is not embedded");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        _html = buffer.ToArray();
    }

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
