using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Analytics;

/// <summary>Questions about one area over the index: its sub-areas, what it holds, and its five-society coverage.</summary>
public static class AreaAnalytics
{
    /// <summary>The area and every area below it (breadth first, the area first).</summary>
    public static IReadOnlyList<long> Subtree(this NetworkSnapshot snapshot, long areaId)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Node(areaId) is not Area) throw new ArgumentException($"node {areaId} is not an area", nameof(areaId));
        var result = new List<long> { areaId };
        for (var i = 0; i < result.Count; i++)
        {
            foreach (var e in snapshot.Edges(result[i], Direction.In, LinkType.PartOf))
            {
                if (snapshot.Node(e.OtherId) is Area) result.Add(e.OtherId);
            }
        }
        return result;
    }

    /// <summary>The communities and villages of an area (the area itself when it is one), by code.</summary>
    public static IReadOnlyList<Area> Communities(this NetworkSnapshot snapshot, long areaId) =>
        [.. snapshot.Subtree(areaId).Select(id => snapshot.Node<Area>(id)!).Where(a => a.Level == AreaLevel.Community).OrderBy(a => a.Code, StringComparer.Ordinal)];

    /// <summary>The area an area lies in, or null at the top.</summary>
    public static Area? Parent(this NetworkSnapshot snapshot, long areaId)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var parents = snapshot.Edges(areaId, Direction.Out, LinkType.PartOf);
        return parents.Count == 0 ? null : snapshot.Node<Area>(parents[0].OtherId);
    }

    /// <summary>The areas above an area, nearest first.</summary>
    public static IReadOnlyList<long> Ancestors(this NetworkSnapshot snapshot, long areaId)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var result = new List<long>();
        var current = areaId;
        while (true)
        {
            var parents = snapshot.Edges(current, Direction.Out, LinkType.PartOf);
            if (parents.Count == 0 || result.Count > 16) return result;
            current = parents[0].OtherId;
            result.Add(current);
        }
    }

    /// <summary>True when the area is <paramref name="outerId"/> or lies within it; false when there is no area.</summary>
    public static bool IsWithin(this NetworkSnapshot snapshot, long? areaId, long outerId)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (areaId is not { } id) return false;
        if (id == outerId) return true;
        foreach (var above in snapshot.Ancestors(id))
        {
            if (above == outerId) return true;
        }
        return false;
    }

    /// <summary>True when the area lies within (or is) one of <paramref name="outerIds"/>.</summary>
    public static bool IsWithinAny(this NetworkSnapshot snapshot, long? areaId, IReadOnlySet<long> outerIds)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(outerIds);
        if (areaId is not { } id || outerIds.Count == 0) return false;
        if (outerIds.Contains(id)) return true;
        foreach (var above in snapshot.Ancestors(id))
        {
            if (outerIds.Contains(above)) return true;
        }
        return false;
    }

    /// <summary>How many nodes of each kind the area holds: the areas below it and everything located in it or below.</summary>
    public static IReadOnlyDictionary<NodeKind, int> CountsByKind(this NetworkSnapshot snapshot, long areaId)
    {
        var subtree = snapshot.Subtree(areaId);
        var counts = new Dictionary<NodeKind, int>();
        if (subtree.Count > 1) counts[NodeKind.Area] = subtree.Count - 1;
        foreach (var area in subtree)
        {
            foreach (var e in snapshot.Edges(area, Direction.In, LinkType.LocatedIn))
            {
                var kind = snapshot.Node(e.OtherId)!.Kind;
                counts[kind] = counts.GetValueOrDefault(kind) + 1;
            }
        }
        return counts;
    }

    /// <summary>Which of the five societies are present in the area: located in it or below, or serving it, an area below it or above it.</summary>
    public static LinkageCoverage Coverage(this NetworkSnapshot snapshot, long areaId) => snapshot.CoverageSince(areaId).Coverage;

    /// <summary>
    /// Which of the five societies are present in the area, as <see cref="Coverage"/>, and since when each has been: the
    /// earliest day one of its actors was tied to the area (the link's since, else the day it was recorded). With
    /// <paramref name="asOf"/>, as things stood on that day: ties that began later or had ended are left out.
    /// </summary>
    public static SocietiesSince CoverageSince(this NetworkSnapshot snapshot, long areaId, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var subtree = snapshot.Subtree(areaId);
        var community = false;
        DateOnly? org = null, worker = null, volunteer = null, charity = null;

        static void Earliest(ref DateOnly? current, DateOnly day)
        {
            if (current is null || day < current) current = day;
        }

        DateOnly Day(Node node, Link? link) => link?.Since ?? DateOnly.FromDateTime(node.CreatedAt.UtcDateTime);

        bool Held(DateOnly since, Link? link) => asOf is not { } d || (since <= d && (link?.Until is not { } until || until >= d));

        void Consider(long id, long linkId)
        {
            var node = snapshot.Node(id);
            if (node is null) return;
            var link = snapshot.Link(linkId);
            var day = Day(node, link);
            if (!Held(day, link)) return;
            switch (node)
            {
                case Organization o:
                    if (o.IsSocialOrganization) Earliest(ref org, day);
                    if (o.OrganizationKind == OrganizationKind.Foundation) Earliest(ref charity, day);
                    if (o.OrganizationKind is OrganizationKind.SocialWorkStation or OrganizationKind.SocialWorkOffice)
                    {
                        foreach (var e in snapshot.Edges(id, Direction.In, LinkType.StationedAt))
                        {
                            var stationedLink = snapshot.Link(e.LinkId);
                            var stationed = Day(snapshot.Node(e.OtherId)!, stationedLink);
                            if (Held(stationed, stationedLink)) Earliest(ref worker, stationed > day ? stationed : day);
                        }
                    }
                    break;
                case SocialWorker: Earliest(ref worker, day); break;
                case Volunteer: Earliest(ref volunteer, day); break;
                case Resource: Earliest(ref charity, day); break;
            }
        }

        foreach (var area in subtree)
        {
            var node = snapshot.Node<Area>(area)!;
            // A community is an administrative unit: part of the area whatever the day asked about.
            community |= node.Level == AreaLevel.Community;
            foreach (var e in snapshot.Edges(area, Direction.In, LinkType.LocatedIn)) Consider(e.OtherId, e.LinkId);
            foreach (var e in snapshot.Edges(area, Direction.In, LinkType.Serves)) Consider(e.OtherId, e.LinkId);
        }
        foreach (var area in snapshot.Ancestors(areaId))
        {
            foreach (var e in snapshot.Edges(area, Direction.In, LinkType.Serves)) Consider(e.OtherId, e.LinkId);
        }
        return new SocietiesSince(community, org, worker, volunteer, charity);
    }
}
