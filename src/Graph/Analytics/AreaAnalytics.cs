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
    public static LinkageCoverage Coverage(this NetworkSnapshot snapshot, long areaId)
    {
        var subtree = snapshot.Subtree(areaId);
        bool org = false, worker = false, volunteer = false, charity = false;
        var community = subtree.Any(id => snapshot.Node<Area>(id)!.Level == AreaLevel.Community);

        void Consider(long id)
        {
            switch (snapshot.Node(id))
            {
                case Organization o:
                    org |= o.IsSocialOrganization;
                    charity |= o.OrganizationKind == OrganizationKind.Foundation;
                    if (o.OrganizationKind is OrganizationKind.SocialWorkStation or OrganizationKind.SocialWorkOffice)
                        worker |= snapshot.Edges(id, Direction.In, LinkType.StationedAt).Count > 0;
                    break;
                case SocialWorker: worker = true; break;
                case Volunteer: volunteer = true; break;
                case Resource: charity = true; break;
            }
        }

        foreach (var area in subtree)
        {
            foreach (var e in snapshot.Edges(area, Direction.In, LinkType.LocatedIn)) Consider(e.OtherId);
            foreach (var e in snapshot.Edges(area, Direction.In, LinkType.Serves)) Consider(e.OtherId);
        }
        foreach (var area in snapshot.Ancestors(areaId))
        {
            foreach (var e in snapshot.Edges(area, Direction.In, LinkType.Serves)) Consider(e.OtherId);
        }
        return new LinkageCoverage(community, org, worker, volunteer, charity);
    }
}
