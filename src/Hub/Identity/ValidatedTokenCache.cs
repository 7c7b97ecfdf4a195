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
            if (token is not null && _cache.TryGetValue((scheme, token), out ClaimsPrincipal? principal) && principal is not null)
            {
                context.Principal = principal.Clone();
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
                _cache.Set((scheme, jwt.EncodedToken), context.Principal.Clone(),
                    new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero) });
            }
        };
    }

    public void Dispose() => _cache.Dispose();
}
