namespace ResourceHub.Hub.Endpoints;

/// <summary>
/// Headers on every answer of the hub: no content-type sniffing, no referrer; and on its pages (the explorer) a content
/// security policy that loads only the hub's own scripts and lets no other site frame them.
/// </summary>
internal static class SecurityHeaders
{
    // Monaco (GraphiQL's editor) sets styles inline and starts its workers from the hub's own files.
    private const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static Task AddAsync(HttpContext http, Func<Task> next)
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            if (http.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
            {
                headers.ContentSecurityPolicy = PagePolicy;
                headers.XFrameOptions = "DENY";
            }
            return Task.CompletedTask;
        });
        return next();
    }
}
