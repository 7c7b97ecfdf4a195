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

    /// <summary>The document is longer than the hub reads (<c>Hub:Limits:MaxDocumentLength</c>).</summary>
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";

    /// <summary>The document has more tokens than the hub reads (<c>MaxTokens</c>).</summary>
    public const string TooManyTokens = "TOO_MANY_TOKENS";

    /// <summary>The document nests fields deeper than allowed (<c>MaxDepth</c>).</summary>
    public const string TooDeep = "TOO_DEEP";

    /// <summary>The document has more aliases than allowed (<c>MaxAliases</c>).</summary>
    public const string TooManyAliases = "TOO_MANY_ALIASES";

    /// <summary>The document has more directives than allowed (<c>MaxDirectives</c>).</summary>
    public const string TooManyDirectives = "TOO_MANY_DIRECTIVES";

    /// <summary>The document defines or spreads more fragments than allowed (<c>MaxFragments</c>).</summary>
    public const string TooManyFragments = "TOO_MANY_FRAGMENTS";

    /// <summary>The document selects more fields, fragments expanded, than allowed (<c>MaxFields</c>).</summary>
    public const string TooManyFields = "TOO_MANY_FIELDS";

    /// <summary>The document would cost more than the caller's budget.</summary>
    public const string Complexity = "COMPLEXITY";

    /// <summary>The request ran longer than allowed (<c>Timeout</c>).</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>The caller sent more requests than their rate allows; retry after the Retry-After header's seconds.</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>Introspection is switched off on this hub (<c>Hub:Limits:Introspection</c>).</summary>
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";

    /// <summary>A persisted document's hash is not known: send the query with its hash to register it (Apollo's PersistedQueryNotFound).</summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>The hash sent is not the SHA-256 of the query sent.</summary>
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";

    /// <summary>The persisted-query protocol version sent is not 1.</summary>
    public const string PersistedQueryUnsupported = "PERSISTED_QUERY_UNSUPPORTED";

    /// <summary>The caller's app may run only the documents registered for it, and this is not one.</summary>
    public const string TrustedDocumentsOnly = "TRUSTED_DOCUMENTS_ONLY";

    /// <summary>Something failed inside the hub; no details are given out.</summary>
    public const string Internal = "INTERNAL_SERVER_ERROR";
}
