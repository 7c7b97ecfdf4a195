using ResourceHub.Graph.Access;
using ResourceHub.Graph.Analytics;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;

namespace ResourceHub.Graph.Export;

/// <summary>
/// What an export of an area holds, whatever its format: the area's public support network — the area and the areas
/// below it, and the organizations, social workers, volunteers, resources, activities and projects located in it or
/// serving it (or an area above it), as <see cref="SupportNetwork"/> counts them — and the links among them. Every node
/// and link is read as a member of the public sees it (<see cref="AccessPolicy"/> of <see cref="Caller.Anonymous"/>),
/// so an export can hold nothing the public may not see: no elder, no need, no referral, service record, consent,
/// time-bank entry, booking or webhook, and no volunteer number.
/// </summary>
/// <remarks>
/// Nodes come in ascending id order and each node's links in ascending link id order, so exporting the same snapshot
/// twice gives the same bytes. No export says which change of the log it was taken at: a change to what the public
/// may not see (an elder's record) must change no byte of it. Nodes and links are read one by one as a writer asks
/// for them: nothing but the member ids is held.
/// </remarks>
public sealed class ExportScope
{
    private readonly Func<long, bool> _contains;

    private ExportScope(NetworkSnapshot snapshot, Area? area, IReadOnlyList<long> ids, Func<long, bool> contains, Caller? caller = null)
    {
        Snapshot = snapshot;
        Area = area;
        Ids = ids;
        _contains = contains;
        Policy = new AccessPolicy(caller ?? Caller.Anonymous, snapshot);
        IsPersonal = caller is not null;
    }

    /// <summary>
    /// True for an admin's export with personal data (<see cref="WithPersonalData"/>): elders and their needs are in it,
    /// with every field; otherwise it holds what the public sees.
    /// </summary>
    public bool IsPersonal { get; }

    /// <summary>The snapshot exported.</summary>
    public NetworkSnapshot Snapshot { get; }

    /// <summary>The area exported; null for the whole network.</summary>
    public Area? Area { get; }

    /// <summary>The ids of the nodes in the scope, ascending.</summary>
    public IReadOnlyList<long> Ids { get; }

    /// <summary>How many nodes the scope holds.</summary>
    public int NodeCount => Ids.Count;

    /// <summary>The policy every node and link is read through: anonymous.</summary>
    internal AccessPolicy Policy { get; }

    /// <summary>True for the kinds an export may hold: the public directory.</summary>
    public static bool IsExported(NodeKind kind) => SupportNetwork.IsMember(kind);

    /// <summary>The scope of an area: its support network.</summary>
    public static ExportScope Of(NetworkSnapshot snapshot, long areaId)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Node(areaId) is not Area area) throw new ArgumentException($"node {areaId} is not an area", nameof(areaId));
        var network = SupportNetwork.Of(snapshot, areaId);
        return new ExportScope(snapshot, area, network.Ids, id => network.IndexOf(id) >= 0);
    }

    /// <summary>The scope of the whole network: every node of the public directory.</summary>
    public static ExportScope Whole(NetworkSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var ids = snapshot.Nodes().Where(n => IsExported(n.Kind)).Select(n => n.Id).ToArray();
        Array.Sort(ids);
        return new ExportScope(snapshot, null, ids, id => snapshot.Node(id) is { } n && IsExported(n.Kind));
    }

    /// <summary>
    /// The support network of the area (or the whole network) with the elders who live there, their needs and those of its
    /// organizations and areas, every field
    /// of them as <paramref name="admin"/> sees it: what an admin exports with a reason, which the caller audits. Refused
    /// to anyone but an admin.
    /// </summary>
    public static ExportScope WithPersonalData(NetworkSnapshot snapshot, long? areaId, Caller admin)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(admin);
        if (!admin.Has(Roles.Admin)) throw new UnauthorizedAccessException("only an admin exports personal data");
        var network = areaId is { } a ? Of(snapshot, a) : Whole(snapshot);
        var ids = new HashSet<long>(network.Ids);
        foreach (var elder in snapshot.Nodes().OfType<Elder>())
        {
            if (network.Area is { } area && !Within(snapshot, NodeFacets.HomeArea(snapshot, elder.Id), area.Id)) continue;
            ids.Add(elder.Id);
            foreach (var e in snapshot.Edges(elder.Id, Direction.Out))
            {
                if (e.Type == LinkType.HasNeed) ids.Add(e.OtherId);
            }
        }
        // The needs of the organizations and areas in it too: what the public export leaves out as none of the support network.
        foreach (var id in ids.ToArray())
        {
            if (snapshot.KindOf(id) is not (NodeKind.Organization or NodeKind.Area)) continue;
            foreach (var e in snapshot.Edges(id, Direction.Out))
            {
                if (e.Type == LinkType.HasNeed) ids.Add(e.OtherId);
            }
        }
        var sorted = ids.ToArray();
        Array.Sort(sorted);
        return new ExportScope(snapshot, network.Area, sorted, ids.Contains, admin);
    }

    // True when the area is the scope's area or lies inside it (part of it, at any depth).
    private static bool Within(NetworkSnapshot snapshot, Area? area, long scopeId)
    {
        for (var depth = 0; area is not null && depth < 16; depth++)
        {
            if (area.Id == scopeId) return true;
            Area? parent = null;
            foreach (var e in snapshot.Edges(area.Id, Direction.Out))
            {
                if (e.Type == LinkType.PartOf && snapshot.Node(e.OtherId) is Area up) parent = up;
            }
            area = parent;
        }
        return false;
    }

    /// <summary>True when the node with this id is in the scope.</summary>
    public bool Contains(long id) => _contains(id);

    /// <summary>The nodes of the scope as the public sees them, in id order.</summary>
    public IEnumerable<Node> Nodes()
    {
        foreach (var id in Ids)
        {
            if (Policy.View(id) is { } node) yield return node;
        }
    }

    /// <summary>The nodes of one kind, in id order.</summary>
    public IEnumerable<T> Nodes<T>() where T : Node
    {
        foreach (var id in Ids)
        {
            if (Snapshot.Node(id) is T && Policy.View(id) is T node) yield return node;
        }
    }

    /// <summary>The links among the nodes of the scope that the public may see: by source id, then link id.</summary>
    public IEnumerable<Link> Links()
    {
        var ids = new List<long>();
        foreach (var id in Ids)
        {
            ids.Clear();
            foreach (var e in Snapshot.Edges(id, Direction.Out))
            {
                if (Contains(e.OtherId)) ids.Add(e.LinkId);
            }
            ids.Sort();
            foreach (var linkId in ids)
            {
                if (Snapshot.Link(linkId) is { } link && Policy.MaySeeLink(link.FromId, link.Type, link.ToId)) yield return link;
            }
        }
    }

    /// <summary>The home area of a node (the target of its LocatedIn link), or null.</summary>
    public Area? HomeArea(long id) => NodeFacets.HomeArea(Snapshot, id);

    /// <summary>Where a node is: its own point, else its home area's point; null when neither is known.</summary>
    public GeoPoint? Position(Node node) => NodeFacets.Position(Snapshot, node);

    /// <summary>A short name for file names: the area's statistical code, or <c>all</c>.</summary>
    public string FileStem => Area?.Code is { Length: > 0 } code ? code : "all";
}
