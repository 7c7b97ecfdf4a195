namespace ResourceHub.Graph.Access;

/// <summary>
/// What a signed-in caller is to the network; a caller may hold several roles and has the rights of each. A caller
/// with none is anonymous. The API names are <see cref="RoleNames"/>.
/// </summary>
[Flags]
public enum Roles
{
    /// <summary>Anonymous: the public directory and aggregates.</summary>
    None = 0,

    /// <summary>A third-party app (WeChat mini-program, community app): the public directory and aggregates, with an app credential.</summary>
    App = 1,

    /// <summary>A volunteer: keeps their own profile; sees their own records.</summary>
    Volunteer = 2,

    /// <summary>An organization's admin: keeps the organization's nodes; sees its records.</summary>
    OrgAdmin = 4,

    /// <summary>A social worker: serves the elders of the stations and areas in their scope and sees their personal data.</summary>
    SocialWorker = 8,

    /// <summary>A civil-affairs official: aggregates and de-identified records of the areas in their scope.</summary>
    Official = 16,

    /// <summary>An administrator of the hub: everything, the audit log included.</summary>
    Admin = 32,
}
