using ResourceHub.Graph.Access;
using ResourceHub.Graph.Analytics;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;

namespace ResourceHub.Graph.Matching;

/// <summary>
/// Whom can I help: the open needs a helper qualifies for, ranked by the helper's score for each. Candidate needs
/// come from every way a helper can reach a need — the areas it serves or lives in, the areas and organizations its
/// linkage network reaches, and needs placed within its travel distance — and each candidate that asks for something
/// the helper offers is then judged exactly as <see cref="HelpFinder"/> judges it from the need's side.
/// </summary>
public static class NeedFinder
{
    /// <summary>The open needs the helper qualifies for, best first; ties by need id; everything visible.</summary>
    public static IReadOnlyList<NeedMatch> Find(NetworkSnapshot snapshot, long helperId, MatchOptions options) =>
        Find(AccessPolicy.Everything(snapshot), helperId, options);

    /// <summary>
    /// The open needs the helper qualifies for as a caller may see them: each need is judged from what the caller may see
    /// of it (<see cref="AccessPolicy.SpecOf"/>), so a hidden situation never makes a need appear. Best first; ties by
    /// need id; the needs are the caller's views.
    /// </summary>
    public static IReadOnlyList<NeedMatch> Find(AccessPolicy policy, long helperId, MatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(options);
        var snapshot = policy.Snapshot;
        options.Validate();
        if (snapshot.Node(helperId) is not { } helper || !HelperRules.IsHelper(helper))
            throw new ArgumentException($"node {helperId} is not a volunteer, social worker, organization or resource", nameof(helperId));
        var candidates = new SortedSet<long>();
        // Serving an area (or living in it) reaches the needs in it and below it.
        foreach (var e in snapshot.Edges(helperId, Direction.Out, LinkType.Serves)) AddNeedsBelow(snapshot, e.OtherId, candidates);
        if (NodeFacets.HomeArea(snapshot, helperId) is { } home) AddNeedsBelow(snapshot, home.Id, candidates);
        // The linkage network: from the need's side the walk passes actors and the need's own chain of areas, so
        // from the helper's side every area reached is on the chain of the needs in it and below it.
        var frontier = new List<long> { helperId };
        var seen = new HashSet<long> { helperId };
        for (var depth = 1; depth <= options.MaxHops && frontier.Count > 0; depth++)
        {
            var next = new List<long>();
            foreach (var from in frontier)
            {
                foreach (var dir in (Direction[])[Direction.Out, Direction.In])
                {
                    foreach (var e in snapshot.Edges(from, dir))
                    {
                        if (!seen.Add(e.OtherId)) continue;
                        switch (snapshot.Node(e.OtherId))
                        {
                            case Area:
                                AddNeedsBelow(snapshot, e.OtherId, candidates);
                                break;
                            case Organization:
                                foreach (var n in snapshot.Edges(e.OtherId, Direction.Out, LinkType.HasNeed)) candidates.Add(n.OtherId);
                                next.Add(e.OtherId);
                                break;
                            case Need:
                                candidates.Add(e.OtherId);
                                break;
                            case { } node when HelpFinder.Expands(node):
                                next.Add(e.OtherId);
                                break;
                        }
                    }
                }
            }
            frontier = next;
        }
        // In person: needs placed within the helper's travel distance (the grid places a need at its own point and at its
        // area's, so candidates include those the caller sees only by area; each is then judged as the caller sees it).
        if (NodeFacets.Position(snapshot, helper) is { } at)
            NeedGrid.Of(snapshot).Near(at, HelperRules.TravelKm(helper, options), id => candidates.Add(id));

        var results = new List<NeedMatch>();
        foreach (var needId in candidates)
        {
            if (snapshot.Node(needId) is not Need { Status: NeedStatus.Open } need) continue;
            var spec = policy.SpecOf(need);
            // The rules that do not depend on reach turn most candidates away before any search.
            if (HelperRules.Score(snapshot, helper, spec, 0, 0) is null) continue;
            var matches = HelpFinder.Find(policy, spec, options with { First = 1 }, h => h.Id == helperId);
            if (matches.Count == 1) results.Add(new NeedMatch((Need)policy.View(need)!, matches[0]));
        }
        return results.OrderByDescending(r => r.Match.Score.Total).ThenBy(r => r.Need.Id).Take(options.First).ToList();
    }

    private static void AddNeedsBelow(NetworkSnapshot snapshot, long areaId, SortedSet<long> into)
    {
        if (snapshot.Node(areaId) is not Area) return;
        foreach (var area in snapshot.Subtree(areaId)) AddNeedsIn(snapshot, area, into);
    }

    /// <summary>The needs placed in an area: located there, owned by it, or owned by an elder or organization living there.</summary>
    private static void AddNeedsIn(NetworkSnapshot snapshot, long areaId, SortedSet<long> into)
    {
        foreach (var e in snapshot.Edges(areaId, Direction.Out, LinkType.HasNeed)) into.Add(e.OtherId);
        foreach (var e in snapshot.Edges(areaId, Direction.In, LinkType.LocatedIn))
        {
            switch (snapshot.Node(e.OtherId))
            {
                case Need:
                    into.Add(e.OtherId);
                    break;
                case Elder or Organization:
                    foreach (var n in snapshot.Edges(e.OtherId, Direction.Out, LinkType.HasNeed)) into.Add(n.OtherId);
                    break;
            }
        }
    }
}
