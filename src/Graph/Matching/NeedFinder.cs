using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;

namespace ResourceHub.Graph.Matching;

/// <summary>
/// Whom can I help: the open needs a helper qualifies for, ranked by the helper's score for each. Candidate needs
/// are those in the areas the helper serves (and below), those near the helper, and those its linkage network
/// reaches; each is then judged exactly as <see cref="HelpFinder"/> judges it from the need's side.
/// </summary>
public static class NeedFinder
{
    /// <summary>The open needs the helper qualifies for, best first; ties by need id.</summary>
    public static IReadOnlyList<NeedMatch> Find(NetworkSnapshot snapshot, long helperId, MatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (snapshot.Node(helperId) is not { } helper || !HelperRules.IsHelper(helper))
            throw new ArgumentException($"node {helperId} is not a volunteer, social worker, organization or resource", nameof(helperId));
        var candidates = new SortedSet<long>();
        foreach (var e in snapshot.Edges(helperId, Direction.Out, LinkType.Serves)) AddNeedsBelow(snapshot, e.OtherId, candidates);
        if (NodeFacets.HomeArea(snapshot, helperId) is { } home) AddNeedsBelow(snapshot, home.Id, candidates);
        // Needs whose area the helper's linkage network reaches, and needs of nearby areas.
        var frontier = new List<long> { helperId };
        var seen = new HashSet<long> { helperId };
        // The areas this walk reaches are candidates' places; it goes on past them as far as the need's side would.
        for (var depth = 1; depth <= options.MaxHops; depth++)
        {
            var next = new List<long>();
            foreach (var from in frontier)
            {
                if (!HelpFinder.Expands(snapshot.Node(from)!)) continue;
                foreach (var dir in (Direction[])[Direction.Out, Direction.In])
                {
                    foreach (var e in snapshot.Edges(from, dir))
                    {
                        if (!seen.Add(e.OtherId)) continue;
                        next.Add(e.OtherId);
                        if (snapshot.Node(e.OtherId) is Area) AddNeedsIn(snapshot, e.OtherId, candidates);
                    }
                }
            }
            frontier = next;
        }
        if (NodeFacets.Position(snapshot, helper) is { } at)
        {
            var radius = HelperRules.TravelKm(helper, options);
            foreach (var area in snapshot.Nodes<Area>().Where(a => a.Level == AreaLevel.Community && a.Point is { } p && p.DistanceKm(at) <= radius + 5))
                AddNeedsIn(snapshot, area.Id, candidates);
        }
        var results = new List<NeedMatch>();
        foreach (var needId in candidates)
        {
            if (snapshot.Node(needId) is not Need { Status: NeedStatus.Open } need) continue;
            var matches = HelpFinder.Find(snapshot, NeedSpec.Of(snapshot, need), options with { First = 1 }, h => h.Id == helperId);
            if (matches.Count == 1) results.Add(new NeedMatch(need, matches[0]));
        }
        return results.OrderByDescending(r => r.Match.Score.Total).ThenBy(r => r.Need.Id).Take(options.First).ToList();
    }

    private static void AddNeedsBelow(NetworkSnapshot snapshot, long areaId, SortedSet<long> into)
    {
        if (snapshot.Node(areaId) is not Area) return;
        foreach (var area in Analytics.AreaAnalytics.Subtree(snapshot, areaId)) AddNeedsIn(snapshot, area, into);
    }

    private static void AddNeedsIn(NetworkSnapshot snapshot, long areaId, SortedSet<long> into)
    {
        foreach (var e in snapshot.Edges(areaId, Direction.In, LinkType.LocatedIn))
        {
            if (snapshot.Node(e.OtherId) is Need) into.Add(e.OtherId);
        }
        foreach (var e in snapshot.Edges(areaId, Direction.Out, LinkType.HasNeed)) into.Add(e.OtherId);
    }
}
