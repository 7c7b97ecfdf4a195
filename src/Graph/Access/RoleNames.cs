using System.Collections.Frozen;

namespace ResourceHub.Graph.Access;

/// <summary>The names of the roles as tokens and the API write them: anonymous, app, volunteer, org_admin, social_worker, official, admin.</summary>
public static class RoleNames
{
    private static readonly FrozenDictionary<string, Roles> ByName = new Dictionary<string, Roles>(StringComparer.Ordinal)
    {
        ["app"] = Roles.App,
        ["volunteer"] = Roles.Volunteer,
        ["org_admin"] = Roles.OrgAdmin,
        ["social_worker"] = Roles.SocialWorker,
        ["official"] = Roles.Official,
        ["admin"] = Roles.Admin,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The name of a caller without roles.</summary>
    public const string Anonymous = "anonymous";

    /// <summary>Every role name a token may carry, in order of rights.</summary>
    public static IReadOnlyList<string> All { get; } = ["app", "volunteer", "org_admin", "social_worker", "official", "admin"];

    /// <summary>The role a name stands for; false for a name that is none (it is then ignored, never guessed).</summary>
    public static bool TryParse(string? name, out Roles role) => ByName.TryGetValue(name?.Trim() ?? "", out role);

    /// <summary>The names of the roles in a set, or <c>anonymous</c> when it is empty.</summary>
    public static string Describe(Roles roles)
    {
        if (roles == Roles.None) return Anonymous;
        return string.Join(",", All.Where(n => roles.HasFlag(ByName[n])));
    }
}
