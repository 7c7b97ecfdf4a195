using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using ResourceHub.Graph.Access;
using ResourceHub.Hub.Identity;

namespace ResourceHub.Hub.Startup;

/// <summary>
/// The rate-limiter policy of /graphql: one token bucket per signed-in subject, per app (for app tokens), or per address
/// for anonymous callers, sized by <see cref="RateLimitOptions"/>. It runs on every request, so it reads the caller the
/// endpoint reads (<see cref="CallerClaims.Of"/>) and allocates nothing for the partition but its key.
/// </summary>
internal sealed class CallerRatePolicy : IRateLimiterPolicy<CallerRatePolicy.Key>
{
    private readonly ClaimNames _names;
    private readonly Func<Key, RateLimiter> _signedIn;
    private readonly Func<Key, RateLimiter> _anonymous;

    public CallerRatePolicy(HubOptions hub, IOptions<ClaimNames> names)
    {
        _names = names.Value;
        var rates = hub.RateLimits;
        var signedIn = Bucket(rates.SignedInPerSecond, rates.SignedInBurst);
        var anonymous = Bucket(rates.AnonymousPerSecond, rates.AnonymousBurst);
        _signedIn = _ => new TokenBucketRateLimiter(signedIn);
        _anonymous = _ => new TokenBucketRateLimiter(anonymous);
    }

    /// <summary>Null: the limiter's own OnRejected answers (429 with Retry-After and a RATE_LIMITED error).</summary>
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => null;

    public RateLimitPartition<Key> GetPartition(HttpContext httpContext)
    {
        var caller = CallerClaims.Of(httpContext, _names);
        if (caller.AppId is { } app && caller.Has(Roles.App)) return new(new Key(Kind.App, app), _signedIn);
        if (caller.IsSignedIn) return new(new Key(Kind.Subject, caller.Subject), _signedIn);
        return new(new Key(Kind.Address, httpContext.Connection.RemoteIpAddress?.ToString() ?? "local"), _anonymous);
    }

    private static TokenBucketRateLimiterOptions Bucket(int perSecond, int burst) => new()
    {
        TokenLimit = Math.Max(1, burst),
        TokensPerPeriod = Math.Max(1, perSecond),
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    /// <summary>Whose bucket a request draws from.</summary>
    internal enum Kind
    {
        Address,
        Subject,
        App,
    }

    /// <summary>A partition: an app, a subject or an address (kept apart, so a subject named like an address is another bucket).</summary>
    internal readonly record struct Key(Kind Kind, string Value);
}
