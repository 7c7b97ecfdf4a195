using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.JsonWebTokens;

namespace ResourceHub.Hub.Identity;

/// <summary>
/// Tokens already validated, with the principal they gave, until they expire: a client sends the same token with
/// every request, and checking its signature again costs more than answering a small query. Bounded in entries; a
/// token is taken from the cache only by its exact text and scheme.
/// </summary>
internal sealed class ValidatedTokenCache(int maxEntries) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = maxEntries });

    /// <summary>Puts the cache in front of a scheme's validation, around the events the scheme already has.</summary>
    public void Wrap(JwtBearerEvents events, string scheme)
    {
        ArgumentNullException.ThrowIfNull(events);
        var received = events.OnMessageReceived;
        events.OnMessageReceived = async context =>
        {
            await received(context);
            if (context.Result is not null) return;
            var token = context.Token ?? BearerToken.Of(context.Request);
            // The cached principal is shared by the requests of its token: nothing in the hub changes a principal after validation.
            if (token is not null && _cache.TryGetValue(token, out Entry? entry) && entry is not null && entry.Scheme == scheme)
            {
                context.Principal = entry.Principal;
                context.Success();
            }
        };
        var validated = events.OnTokenValidated;
        events.OnTokenValidated = async context =>
        {
            await validated(context);
            if (context.Result is { Succeeded: false }) return;
            if (context.SecurityToken is JsonWebToken jwt && context.Principal is not null && jwt.ValidTo > DateTime.UtcNow)
            {
                _cache.Set(jwt.EncodedToken, new Entry(scheme, context.Principal.Clone()),
                    new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero) });
            }
        };
    }

    /// <summary>The scheme that validated a token, while it is cached; null otherwise.</summary>
    public string? SchemeOf(string token) => _cache.TryGetValue(token, out Entry? entry) ? entry?.Scheme : null;

    public void Dispose() => _cache.Dispose();

    private sealed record Entry(string Scheme, ClaimsPrincipal Principal);
}
