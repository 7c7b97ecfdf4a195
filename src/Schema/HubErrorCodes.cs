namespace ResourceHub.Schema;

/// <summary>The <c>extensions.code</c> values of GraphQL errors.</summary>
public static class HubErrorCodes
{
    /// <summary>The request's input breaks a rule.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>Something named does not exist.</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>A stale version: it changed since it was read.</summary>
    public const string Conflict = "CONFLICT";

    /// <summary>The caller may not do this.</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>The caller must sign in.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The hub is starting and its index is not loaded yet.</summary>
    public const string NotReady = "NOT_READY";

    /// <summary>Something failed inside the hub; no details are given out.</summary>
    public const string Internal = "INTERNAL_SERVER_ERROR";
}
