using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Query;

/// <summary>The facets that filters, search and matching read from any kind of node.</summary>
public static class NodeFacets
{
    /// <summary>Service codes the node offers or asks (services, skills, categories); an elder's interests are personal and not included.</summary>
    public static IReadOnlyList<string> Services(Node node) => node switch
    {
        Organization o => o.Services,
        SocialWorker s => s.Skills,
        Volunteer v => v.Skills,
        Resource r => r.Services,
        Activity a => a.Services,
        Project p => p.Services,
        Need n => n.Categories,
        _ => [],
    };

    /// <summary>
    /// Situation codes the node is for; for helpers an empty list means everyone. An elder's situations are personal: read
    /// them from the node as the caller sees it (<see cref="Access.AccessPolicy.View(Node)"/>), which has none for a caller who may not.
    /// </summary>
    public static IReadOnlyList<string> Situations(Node node) => node switch
    {
        Elder e => e.Situations,
        Organization o => o.Situations,
        SocialWorker s => s.Situations,
        Volunteer v => v.Situations,
        Need n => n.Situations,
        _ => [],
    };

    /// <summary>True when a helper with these situations serves everyone (it lists none).</summary>
    public static bool ServesEveryone(Node node) => node is Organization or SocialWorker or Volunteer && Situations(node).Count == 0;

    /// <summary>The name of the node's kind within its kind (organization kind, area kind, resource kind, role, category, need mode), or null.</summary>
    public static string? SubKind(Node node) => node switch
    {
        Area a => a.AreaKind.ToString(),
        Organization o => o.OrganizationKind.ToString(),
        SocialWorker s => s.Role.ToString(),
        Volunteer v => v.Category.ToString(),
        Resource r => r.ResourceKind.ToString(),
        Need n => n.Mode.ToString(),
        _ => null,
    };

    /// <summary>The enum whose names <see cref="SubKind"/> returns for a kind, or null.</summary>
    public static Type? SubKindEnum(NodeKind kind) => kind switch
    {
        NodeKind.Area => typeof(AreaKind),
        NodeKind.Organization => typeof(OrganizationKind),
        NodeKind.SocialWorker => typeof(SocialWorkerRole),
        NodeKind.Volunteer => typeof(VolunteerCategory),
        NodeKind.Resource => typeof(ResourceKind),
        NodeKind.Need => typeof(NeedMode),
        _ => null,
    };

    /// <summary>The node's home area (the target of its LocatedIn link), or null.</summary>
    public static Area? HomeArea(NetworkSnapshot snapshot, long id)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var located = snapshot.Edges(id, Direction.Out, LinkType.LocatedIn);
        return located.Count == 0 ? null : snapshot.Node<Area>(located[0].OtherId);
    }

    /// <summary>
    /// The area a need is placed in: its own home area, else its owner's (an elder's or an organization's home area),
    /// or the owning area itself; null when none is known.
    /// </summary>
    public static Area? NeedArea(NetworkSnapshot snapshot, long needId)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var area = HomeArea(snapshot, needId);
        if (area is not null) return area;
        foreach (var e in snapshot.Edges(needId, Direction.In, LinkType.HasNeed))
            area = snapshot.Node(e.OtherId) is Area a ? a : HomeArea(snapshot, e.OtherId);
        return area;
    }

    /// <summary>Where the node is: its own point, else its home area's point, else null.</summary>
    public static GeoPoint? Position(NetworkSnapshot snapshot, Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Point ?? (node is Area ? null : HomeArea(snapshot, node.Id)?.Point);
    }
}
