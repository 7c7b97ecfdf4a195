namespace ResourceHub.Graph.Access;

/// <summary>
/// Who is asking, as the identity layer found them: the subject, the roles, and the scope the token names — the areas
/// (statistical codes) and social work stations a person works for, and for volunteers and organization admins their
/// own node. The network's rules are applied to a caller by <see cref="AccessPolicy"/>.
/// </summary>
public sealed record Caller
{
    /// <summary>The subject: who signed in (the token's <c>sub</c>), or <c>anonymous</c>. Written to the change log and the audit log.</summary>
    public string Subject { get; init; } = RoleNames.Anonymous;

    /// <summary>A display name, when the token gives one.</summary>
    public string? DisplayName { get; init; }

    /// <summary>The roles held; none for an anonymous caller.</summary>
    public Roles Roles { get; init; }

    /// <summary>Statistical codes of the areas the caller works for (social workers and officials).</summary>
    public IReadOnlyList<string> AreaCodes { get; init; } = [];

    /// <summary>The social work stations the caller works for (social workers): the areas they serve are in scope.</summary>
    public IReadOnlyList<long> StationIds { get; init; } = [];

    /// <summary>The caller's own node: a volunteer's own profile, an organization admin's organization.</summary>
    public long? NodeId { get; init; }

    /// <summary>The app a token was issued to (its client id), when the caller is an app or acts through one.</summary>
    public string? AppId { get; init; }

    /// <summary>True when the caller signed in.</summary>
    public bool IsSignedIn => Subject != RoleNames.Anonymous;

    /// <summary>True when the caller holds a role.</summary>
    public bool Has(Roles role) => (Roles & role) != 0;

    /// <summary>A caller who has not signed in.</summary>
    public static Caller Anonymous { get; } = new();

    /// <summary>The hub itself (loading the demo network, maintenance verbs): every right, as an admin.</summary>
    public static Caller System { get; } = new() { Subject = "system", Roles = Roles.Admin };
}
