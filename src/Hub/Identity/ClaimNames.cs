namespace ResourceHub.Hub.Identity;

/// <summary>
/// Which claims of a token carry what the hub needs (section <c>Identity:Claims</c>): the subject, the roles, and the
/// scope — areas (statistical codes), stations and the caller's own node (global ids) — and the app's client id.
/// Multi-valued claims may come as arrays or as one space- or comma-separated string.
/// </summary>
public sealed class ClaimNames
{
    /// <summary>Who signed in. Default <c>sub</c>.</summary>
    public string Subject { get; set; } = "sub";

    /// <summary>A display name. Default <c>name</c>.</summary>
    public string Name { get; set; } = "name";

    /// <summary>The roles: app, volunteer, org_admin, social_worker, official, admin. Default <c>roles</c> (Entra ID app roles).</summary>
    public string Roles { get; set; } = "roles";

    /// <summary>Statistical codes of the areas the caller works for. Default <c>areas</c>.</summary>
    public string Areas { get; set; } = "areas";

    /// <summary>Global ids of the social work stations the caller works for. Default <c>stations</c>.</summary>
    public string Stations { get; set; } = "stations";

    /// <summary>Global id of the caller's own node (a volunteer's profile, an organization admin's organization). Default <c>node</c>.</summary>
    public string Node { get; set; } = "node";

    /// <summary>The client id of the app the token was issued to. Default <c>azp</c> (Entra ID v2 and most OIDC issuers).</summary>
    public string App { get; set; } = "azp";
}
