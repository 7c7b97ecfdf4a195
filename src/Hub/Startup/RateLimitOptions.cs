namespace ResourceHub.Hub.Startup;

/// <summary>
/// The rate of /graphql requests a caller may send (section <c>Hub:RateLimits</c>): a token bucket per signed-in subject,
/// per app, or per address for anonymous callers. A request over the rate is answered 429 with Retry-After.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>Requests a second an anonymous address may send, sustained. Default 50.</summary>
    public int AnonymousPerSecond { get; set; } = 50;

    /// <summary>Requests an anonymous address may send at once. Default 100.</summary>
    public int AnonymousBurst { get; set; } = 100;

    /// <summary>Requests a second a signed-in caller or an app may send, sustained. Default 200.</summary>
    public int SignedInPerSecond { get; set; } = 200;

    /// <summary>Requests a signed-in caller or an app may send at once. Default 400.</summary>
    public int SignedInBurst { get; set; } = 400;
}
