namespace ResourceHub.Hub.Identity;

/// <summary>The bearer token of a request's Authorization header.</summary>
internal static class BearerToken
{
    public static string? Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? header = request.Headers.Authorization;
        return header is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
    }

    /// <summary>True when the request carries credentials of any kind.</summary>
    public static bool IsPresent(HttpRequest request) => request.Headers.Authorization.Count > 0;
}
