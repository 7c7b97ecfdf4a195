using GraphQL.Types;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Areas;
using ResourceHub.Schema.Organizations;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Access;

/// <summary>
/// Who the hub takes the caller to be: what their token said, read the way the access policy reads it. An app checks
/// its sign-in with it; a person sees the scope their rights come from. It tells the caller nothing but their own claims
/// and the public names of the areas and stations those claims name.
/// </summary>
public sealed class ViewerType : ObjectGraphType<Caller>
{
    /// <summary>Declares the fields.</summary>
    public ViewerType()
    {
        Name = "Viewer";
        Description = "The caller as the hub sees them: subject, roles and scope (当前调用者).";
        Field<NonNullGraphType<BooleanGraphType>>("signedIn").Description("False for an anonymous caller (是否已登录).").Resolve(c => c.Source.IsSignedIn);
        Field<StringGraphType>("subject").Description("The token's subject; null when anonymous (主体标识).")
            .Resolve(c => c.Source.IsSignedIn ? c.Source.Subject : null);
        Field<StringGraphType>("name").Description("The display name the token gives (显示名).").Resolve(c => c.Source.DisplayName);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleType>>>>("roles")
            .Description("The roles held; empty when anonymous (角色).")
            .Resolve(c => RoleType.Each(c.Source.Roles).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AreaType>>>>("areas")
            .Description("The areas the token names as the caller's scope, those this network holds (负责区域).")
            .Resolve(c => c.Source.AreaCodes.Select(code => c.Snapshot().AreaByCode(code)).OfType<Area>().ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganizationType>>>>("stations")
            .Description("The social work stations the token names as the caller's scope (所属社工站).")
            .Resolve(c => c.Source.StationIds.Select(id => c.Snapshot().Node<Organization>(id)).OfType<Organization>().ToList());
        Field<NodeInterface>("node")
            .Description("The caller's own node: a volunteer's profile, an organization admin's organization (本人节点).")
            .Resolve(c => c.Source.NodeId is { } id ? c.Snapshot().Node(id) : null);
        Field<StringGraphType>("app").Description("The app the token was issued to, when there is one (应用标识).").Resolve(c => c.Source.AppId);
        Field<NonNullGraphType<BooleanGraphType>>("canWrite")
            .Description("True when the caller may write at all; what they may change depends on their scope (可否写入).")
            .Resolve(c => c.Policy().MayWrite);
    }
}

/// <summary>The roles, by their API names.</summary>
public sealed class RoleType : EnumerationGraphType
{
    private static readonly (string Name, Roles Role, string Description)[] Declared =
    [
        ("APP", Roles.App, "A third-party app: the public directory and aggregates (第三方应用)."),
        ("VOLUNTEER", Roles.Volunteer, "A volunteer: keeps their own profile (志愿者)."),
        ("ORG_ADMIN", Roles.OrgAdmin, "An organization's admin: keeps the organization's nodes (机构管理员)."),
        ("SOCIAL_WORKER", Roles.SocialWorker, "A social worker: serves the elders of their stations and areas (社工)."),
        ("OFFICIAL", Roles.Official, "A civil-affairs official: aggregates and de-identified records of their areas (民政官员)."),
        ("ADMIN", Roles.Admin, "An administrator of the hub (管理员)."),
    ];

    /// <summary>Declares the values.</summary>
    public RoleType()
    {
        Name = "Role";
        Description = "What a signed-in caller is to the network; tokens name the roles in lower case: app, volunteer, org_admin, social_worker, official, admin (角色).";
        foreach (var (name, role, description) in Declared) Add(name, role, description);
    }

    /// <summary>Each role in a set, in order of rights.</summary>
    public static IEnumerable<Roles> Each(Roles roles) => Declared.Select(v => v.Role).Where(r => roles.HasFlag(r));
}
