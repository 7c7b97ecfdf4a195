using ResourceHub.Graph.Index;
using ResourceHub.Graph.Matching;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Tests.Matching;

/// <summary>
/// Who can help whom the slow, obvious way, to check <see cref="HelpFinder"/> against. Hops come from a plain
/// unbounded breadth-first search (an array of hop counts and a queue) from the need's sources — the need, its
/// area and an organization that has the need, all at 0 — that never goes on from elders, needs or records.
/// Then every helper node of the snapshot is looked at, with no grid and no bound: does it serve the need's area
/// or one above it, is it within travel distance, is it linked within the hop limit, and does it pass every rule
/// of <see cref="HelperRules"/>. Scores come from the same <see cref="HelperRules"/> functions; the order is
/// score descending, then id.
/// </summary>
internal sealed class ReferenceMatcher
{
    private readonly NetworkSnapshot _s;
    private readonly List<Node> _helpers;
    private readonly Dictionary<string, List<Node>> _offering = [];

    public ReferenceMatcher(NetworkSnapshot snapshot)
    {
        _s = snapshot;
        _helpers = [.. snapshot.Nodes().Where(n => n is Volunteer or SocialWorker or Organization or Resource)];
    }

    /// <summary>One qualified helper, as the reference sees it.</summary>
    public sealed record Candidate(Node Helper, MatchScore Score, ReachKind Reach, int? Hops, double? DistanceKm);

    /// <summary>What the reference knows about one need before options are applied.</summary>
    /// <param name="Need">The need.</param>
    /// <param name="HopCounts">Links from the need's sources to every node, by id; -1 where the search never comes.</param>
    /// <param name="Areas">The need's area and every area above it, nearest first.</param>
    /// <param name="Centre">Where the need is.</param>
    /// <param name="Survivors">Helpers passing every rule that has nothing to do with reach or options.</param>
    public sealed record Prepared(NeedSpec Need, IReadOnlyList<int> HopCounts, IReadOnlyList<long> Areas, GeoPoint? Centre, IReadOnlyList<Node> Survivors)
    {
        /// <summary>Links from the need's sources to the node, without limit; null when it cannot be reached.</summary>
        public int? Hops(long id) => id < HopCounts.Count && HopCounts[(int)id] >= 0 ? HopCounts[(int)id] : null;
    }

    /// <summary>Searches the network once for a need; <see cref="Find(Prepared, MatchOptions)"/> then applies options.</summary>
    public Prepared Prepare(NeedSpec need)
    {
        var hops = new int[_s.NodeIdCapacity];
        Array.Fill(hops, -1);
        var queue = new Queue<int>();
        void Source(long id)
        {
            if (hops[id] < 0)
            {
                hops[id] = 0;
                queue.Enqueue((int)id);
            }
        }
        if (need.NeedId is { } needId && _s.Node(needId) is Need)
        {
            Source(needId);
            if (need.AreaId is { } a) Source(a);
            foreach (var e in _s.Edges(needId, Direction.In, LinkType.HasNeed))
            {
                if (_s.Node(e.OtherId) is Organization) Source(e.OtherId);
            }
        }
        else if (need.AreaId is { } a)
        {
            Source(a);
        }
        var areas = new List<long>();
        for (var area = need.AreaId; area is { } id && _s.Node(id) is Area && !areas.Contains(id); area = Parent(id)) areas.Add(id);
        while (queue.Count > 0)
        {
            var at = queue.Dequeue();
            // The same rule as the engine: people's needs and records lead nowhere, nor do areas off the need's chain.
            if (!HelpFinder.ExpandsFrom(_s.Node(at)!, areas)) continue;
            foreach (var direction in (Direction[])[Direction.Out, Direction.In])
            {
                foreach (var next in _s.Edges(at, direction).OtherIds)
                {
                    if (hops[next] >= 0) continue;
                    hops[next] = hops[at] + 1;
                    queue.Enqueue(next);
                }
            }
        }

        var centre = need.Point ?? (need.AreaId is { } c ? _s.Node(c)?.Point : null);
        // Nothing about reach enters these rules, so a helper failing them with proximity and distance 0 fails them
        // for any options. The category fit turns most helpers away; it depends on the categories alone, so the
        // helpers with some fit are worked out once per list of categories.
        var key = string.Join("|", need.Categories);
        if (!_offering.TryGetValue(key, out var offering)) _offering[key] = offering = [.. _helpers.Where(h => HelperRules.CategoryFit(h, need) > 0)];
        var survivors = offering.Where(h => HelperRules.Score(_s, h, need, 0, 0) is not null).ToList();
        return new Prepared(need, hops, areas, centre, survivors);
    }

    /// <summary>Every qualified helper, best first.</summary>
    public IReadOnlyList<Candidate> Find(NeedSpec need, MatchOptions options) => Find(Prepare(need), options);

    /// <summary>Every qualified helper for a prepared need, best first.</summary>
    public IReadOnlyList<Candidate> Find(Prepared prepared, MatchOptions options)
    {
        var need = prepared.Need;
        var result = new List<Candidate>();
        foreach (var helper in prepared.Survivors)
        {
            var hops = prepared.Hops(helper.Id);
            if (hops == 0) continue; // the organization that has the need
            if (hops > options.MaxHops) hops = null;
            var serves = Serves(helper.Id, prepared.Areas);
            var limit = options.MaxKm ?? MatchOptions.DefaultKm;
            var travel = helper is Volunteer v ? Math.Min(v.MaxTravelKm, limit) : limit;
            double? km = prepared.Centre is { } c && Position(helper) is { } p ? Math.Round(p.DistanceKm(c), 6) : null;
            var near = km is { } d && d <= travel;
            ReachKind? reach = serves ? ReachKind.ServesArea
                : need.Mode == NeedMode.Home ? (near ? ReachKind.Distance : null)
                : hops is not null ? ReachKind.Network
                : near ? ReachKind.Distance
                : null;
            if (reach is not { } how) continue;
            var score = HelperRules.Score(_s, helper, need, HelperRules.ProximityScore(serves, hops), HelperRules.DistanceScore(km, travel));
            if (score is null) continue;
            result.Add(new Candidate(helper, score, how, hops, km));
        }
        return [.. result.OrderByDescending(x => x.Score.Total).ThenBy(x => x.Helper.Id)];
    }

    /// <summary>True when the helper has a SERVES link to one of the areas, or a LOCATED_IN link to the first.</summary>
    public bool Serves(long helperId, IReadOnlyList<long> areas) =>
        areas.Any(a => _s.FindLink(LinkType.Serves, helperId, a) is not null) ||
        (areas.Count > 0 && _s.FindLink(LinkType.LocatedIn, helperId, areas[0]) is not null);

    /// <summary>The helper's own point, else the point of the area it is located in.</summary>
    public GeoPoint? Position(Node node)
    {
        if (node.Point is { } p) return p;
        foreach (var e in _s.Edges(node.Id, Direction.Out, LinkType.LocatedIn)) return _s.Node(e.OtherId)?.Point;
        return null;
    }

    private long? Parent(long area)
    {
        foreach (var e in _s.Edges(area, Direction.Out, LinkType.PartOf)) return e.OtherId;
        return null;
    }
}
