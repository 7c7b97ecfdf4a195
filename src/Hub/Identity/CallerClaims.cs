using System.Runtime.CompilerServices;
using System.Security.Claims;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Hub.Identity;

/// <summary>Reads the caller from a validated token's claims; what the claims do not say, the caller does not get.</summary>
internal static class CallerClaims
{
    private static readonly char[] Separators = [' ', ','];

    private static readonly ClaimNames DevTokenNames = new();

    // A validated token's principal is shared by every request of that token (ValidatedTokenCache), so its claims are
    // read once: the caller is kept beside the principal for as long as the principal lives.
    private static readonly ConditionalWeakTable<ClaimsPrincipal, Read> Known = new();

    /// <summary>The caller of a request: the rate limiter and the endpoint both ask, and the principal's claims are read once (see <see cref="From"/>).</summary>
    public static Caller Of(HttpContext http, ClaimNames names)
    {
        ArgumentNullException.ThrowIfNull(http);
        return From(http.User, names);
    }

    /// <summary>The caller a principal stands for; development tokens always use the default claim names.</summary>
    public static Caller From(ClaimsPrincipal? user, ClaimNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (user?.Identity is not { IsAuthenticated: true }) return Caller.Anonymous;
        if (Known.TryGetValue(user, out var read) && ReferenceEquals(read.Names, names)) return read.Caller;
        var caller = Parse(user, names);
        Known.AddOrUpdate(user, new Read(names, caller));
        return caller;
    }

    private static Caller Parse(ClaimsPrincipal user, ClaimNames names)
    {
        if (First(user, "iss") == DevTokens.Issuer) names = DevTokenNames;
        var subject = First(user, names.Subject) ?? First(user, ClaimTypes.NameIdentifier) ?? First(user, "oid");
        if (string.IsNullOrWhiteSpace(subject)) return Caller.Anonymous;
        var roles = Roles.None;
        foreach (var name in Values(user, names.Roles).Concat(Values(user, ClaimTypes.Role)))
        {
            if (RoleNames.TryParse(name, out var role)) roles |= role;
        }
        return new Caller
        {
            Subject = subject.Length <= 200 ? subject : subject[..200],
            DisplayName = First(user, names.Name),
            Roles = roles,
            AreaCodes = Values(user, names.Areas).Distinct(StringComparer.Ordinal).ToList(),
            StationIds = Values(user, names.Stations).Select(s => NodeId(s, NodeKind.Organization)).OfType<long>().Distinct().ToList(),
            NodeId = First(user, names.Node) is { } node ? NodeId(node, NodeKind.Volunteer, NodeKind.Organization, NodeKind.SocialWorker) : null,
            AppId = First(user, names.App) ?? First(user, "appid") ?? First(user, "client_id"),
        };
    }

    private sealed record Read(ClaimNames Names, Caller Caller);

    private static string? First(ClaimsPrincipal user, string type) => user.FindFirst(type)?.Value;

    private static IEnumerable<string> Values(ClaimsPrincipal user, string type) =>
        user.FindAll(type).SelectMany(c => c.Value.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static long? NodeId(string globalId, params NodeKind[] kinds) =>
        GlobalId.TryDecode(globalId, out var kind, out var id) && kinds.Contains(kind) ? id : null;
}
