using ResourceHub.Graph.Analytics;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;
using ResourceHub.Graph.Taxonomy;

namespace ResourceHub.Graph.Matching;

/// <summary>
/// Who can help whom. From the need (its place, the need itself and a group owner) a breadth-first search walks
/// the linkage network up to <see cref="MatchOptions.MaxHops"/>; the helpers it meets, those serving the need's
/// area or an area above it, and those placed within travel distance are the candidates. Each is held to every
/// rule of <see cref="HelperRules"/>, scored, and the best come back with the path that explains them. The cost
/// depends on the neighbourhood touched, not on the size of the network: marks are pooled and versioned.
/// </summary>
public sealed class HelpFinder
{
    private readonly NetworkSnapshot _s;
    private readonly NeedSpec _need;
    private readonly MatchOptions _options;
    private readonly Func<Node, bool>? _only;
    private readonly ServiceSet _related;

    private HelpFinder(NetworkSnapshot snapshot, NeedSpec need, MatchOptions options, Func<Node, bool>? only)
    {
        _s = snapshot;
        _need = need;
        _options = options;
        _only = only;
        _related = ServiceSet.Related(need.Categories);
    }

    /// <summary>The best helpers for a need, best first; ties by id. <paramref name="only"/> narrows the candidates (kinds, or what the caller may see).</summary>
    public static IReadOnlyList<HelperMatch> Find(NetworkSnapshot snapshot, NeedSpec need, MatchOptions options, Func<Node, bool>? only = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (need.Categories.Count == 0) throw new ArgumentException("a need asks for at least one service category", nameof(need));
        if (need.AreaId is { } area && snapshot.Node(area) is not Area) throw new ArgumentException($"node {area} is not an area", nameof(need));
        return new HelpFinder(snapshot, need, options, only).Run();
    }

    /// <summary>The areas from the need's area up to the top, nearest first; empty when the need has no area.</summary>
    public static IReadOnlyList<long> AreaChain(NetworkSnapshot snapshot, NeedSpec need)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(need);
        if (need.AreaId is not { } area || snapshot.Node(area) is not Area) return [];
        return [area, .. snapshot.Ancestors(area)];
    }

    /// <summary>Where the need is: its own point, else its area's point.</summary>
    public static GeoPoint? NeedPoint(NetworkSnapshot snapshot, NeedSpec need)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(need);
        return need.Point ?? (need.AreaId is { } a ? snapshot.Node(a)?.Point : null);
    }

    /// <summary>True for the kinds a search passes through; people's needs and records are reached but not passed.</summary>
    public static bool Expands(Node node) => node is not (Elder or Need or Referral or ServiceRecord or Consent);

    /// <summary>
    /// True when the search goes on from a node. Areas lead on only when they are the need's own area or one above
    /// it: an area reached from an actor (an organization serving hundreds of communities) would pull in everyone
    /// who lives there, which is no link between them and the need.
    /// </summary>
    public static bool ExpandsFrom(Node node, IReadOnlyList<long> areaChain)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(areaChain);
        return Expands(node) && (node is not Area || areaChain.Contains(node.Id));
    }

    private List<HelperMatch> Run()
    {
        var marks = VisitMarks.Rent(_s.NodeIdCapacity);
        try
        {
            var chain = AreaChain(_s, _need);
            var centre = NeedPoint(_s, _need);
            Walk(marks, chain);
            var reachedCount = marks.Seen.Count;
            AddServing(marks, chain);
            if (centre is { } c)
            {
                var radius = _options.MaxKm ?? MatchOptions.DefaultKm;
                SpatialGrid.Of(_s).Near(c, radius, id => marks.Mark(id, -1, VisitMarks.NotReached, 0, 0));
            }
            var best = new PriorityQueue<HelperMatch, HelperMatch>(Comparer<HelperMatch>.Create((a, b) => HelperRules.Compare(b, a)));
            for (var i = 0; i < marks.Seen.Count; i++)
            {
                var id = marks.Seen[i];
                // Most candidates offer nothing near what is asked: two ANDs reject them before anything is read.
                if (!_s.ServicesOf(id).Overlaps(_related)) continue;
                if (_s.Node(id) is not { } helper || !HelperRules.IsHelper(helper) || (_only is not null && !_only(helper))) continue;
                if (Evaluate(marks, helper, chain, centre, i < reachedCount) is not { } match) continue;
                best.Enqueue(match, match);
                if (best.Count > _options.First) best.Dequeue();
            }
            var result = new List<HelperMatch>(best.Count);
            while (best.TryDequeue(out var m, out _)) result.Add(m);
            result.Reverse();
            // Paths are drawn only for the answers, from the marks the search left.
            for (var i = 0; i < result.Count; i++) result[i] = result[i] with { Path = Path(marks, result[i].Helper, result[i].Reach, chain) };
            return result;
        }
        finally
        {
            marks.Return();
        }
    }

    private void Walk(VisitMarks marks, IReadOnlyList<long> chain)
    {
        // Depth 0: the need's area, the need itself (its path starts the explanation) and a group or area owner.
        if (_need.NeedId is { } needId && _s.Node(needId) is Need)
        {
            // The need, then the real links from it to its area: its own LOCATED_IN, or through its owner.
            var steps = SourceSteps();
            for (var i = 0; i < steps.Count; i++)
                marks.Mark((int)steps[i].NodeId, i == 0 ? -1 : (int)steps[i - 1].NodeId, 0, steps[i].Via ?? 0, steps[i].Direction ?? 0);
            foreach (var e in _s.Edges(needId, Direction.In, LinkType.HasNeed))
            {
                if (_s.Node(e.OtherId) is Organization) marks.Mark((int)e.OtherId, (int)needId, 0, LinkType.HasNeed, Direction.In);
            }
        }
        else if (_need.AreaId is { } area) marks.Mark((int)area, -1, 0, 0, 0);
        marks.Frontier.AddRange(marks.Seen);
        for (var depth = 1; depth <= _options.MaxHops && marks.Frontier.Count > 0; depth++)
        {
            marks.Next.Clear();
            foreach (var from in marks.Frontier)
            {
                if (!ExpandsFrom(_s.Node(from)!, chain)) continue;
                foreach (var dir in (ReadOnlySpan<Direction>)[Direction.Out, Direction.In])
                {
                    var edges = _s.Edges(from, dir);
                    for (var k = 0; k < edges.Count; k++)
                    {
                        var e = edges[k];
                        var other = (int)e.OtherId;
                        if (marks.IsMarked(other)) continue;
                        // People's needs and records neither help nor lead anywhere: pass them by without a mark.
                        if (_s.Node(other) is Elder or Need or Referral or ServiceRecord or Consent) continue;
                        marks.Mark(other, from, (byte)depth, e.Type, dir);
                        marks.Next.Add(other);
                    }
                }
            }
            marks.Frontier.Clear();
            marks.Frontier.AddRange(marks.Next);
        }
    }

    private void AddServing(VisitMarks marks, IReadOnlyList<long> chain)
    {
        // Read from the areas' side once, so no candidate's own (perhaps thousands of) SERVES links are scanned.
        foreach (var area in chain)
        {
            foreach (var e in _s.Edges(area, Direction.In, LinkType.Serves))
            {
                marks.Mark((int)e.OtherId, -1, VisitMarks.NotReached, 0, 0);
                marks.Serving.Add((int)e.OtherId);
            }
        }
        if (chain.Count > 0)
        {
            foreach (var e in _s.Edges(chain[0], Direction.In, LinkType.LocatedIn))
            {
                marks.Mark((int)e.OtherId, -1, VisitMarks.NotReached, 0, 0);
                marks.Serving.Add((int)e.OtherId);
            }
        }
    }

    private HelperMatch? Evaluate(VisitMarks marks, Node helper, IReadOnlyList<long> chain, GeoPoint? centre, bool reached)
    {
        var id = (int)helper.Id;
        if (reached && marks.Depth[id] == 0) return null; // the need's own organization does not help itself
        // The cheap rules first: most candidates offer nothing asked.
        if (HelperRules.CheapFit(helper, _need) is not { } fit) return null;
        int? hops = reached ? marks.Depth[id] : null;
        var serves = marks.Serving.Contains(id);
        double? km = centre is { } c && NodeFacets.Position(_s, helper) is { } p ? Math.Round(p.DistanceKm(c), 6) : null;
        var travel = HelperRules.TravelKm(helper, _options);
        var near = km <= travel;
        var reach = serves ? ReachKind.ServesArea
            : _need.Mode == NeedMode.Home ? (near ? ReachKind.Distance : (ReachKind?)null)
            : hops is not null ? ReachKind.Network
            : near ? ReachKind.Distance : null;
        if (reach is not { } how) return null;
        var score = HelperRules.ScoreWithFit(_s, helper, _need, fit, HelperRules.ProximityScore(serves, hops), HelperRules.DistanceScore(km, travel));
        if (score is null) return null;
        return new HelperMatch(helper, score, how, hops, km, []);
    }

    private List<PathStep> Path(VisitMarks marks, Node helper, ReachKind how, IReadOnlyList<long> chain)
    {
        var id = (int)helper.Id;
        var steps = new List<PathStep>();
        if (marks.Depth[id] != VisitMarks.NotReached && how != ReachKind.Distance)
        {
            // The way the search came: follow parents back to the start.
            for (var at = id; at >= 0; at = marks.Parent[at])
            {
                var root = marks.Parent[at] < 0;
                steps.Add(new PathStep(at, root ? null : marks.Via[at], root ? null : marks.Dir[at]));
            }
            steps.Reverse();
            return steps;
        }
        if (chain.Count > 0) steps.AddRange(SourceSteps());
        if (how == ReachKind.ServesArea && chain.Count > 0)
        {
            // Up the areas to the one the helper serves (or lives in), then across to the helper.
            var served = chain.FirstOrDefault(a => _s.FindLink(LinkType.Serves, helper.Id, a) is not null, chain[0]);
            for (var i = 1; i < chain.Count && chain[i - 1] != served; i++) steps.Add(new PathStep(chain[i], LinkType.PartOf, Direction.Out));
            var via = _s.FindLink(LinkType.Serves, helper.Id, served) is not null ? LinkType.Serves : LinkType.LocatedIn;
            steps.Add(new PathStep(helper.Id, via, Direction.In));
            return steps;
        }
        steps.Add(new PathStep(helper.Id, null, null));
        return steps;
    }

    /// <summary>
    /// From the need to its area by real links: need → LOCATED_IN → area; or need ← HAS_NEED ← owner → LOCATED_IN → area;
    /// or need ← HAS_NEED ← area. Without a stored need, the area alone.
    /// </summary>
    private List<PathStep> SourceSteps()
    {
        var area = _need.AreaId;
        if (_need.NeedId is not { } needId || _s.Node(needId) is not Need)
            return area is { } a ? [new PathStep(a, null, null)] : [];
        var steps = new List<PathStep> { new(needId, null, null) };
        if (area is not { } areaId) return steps;
        if (_s.FindLink(LinkType.LocatedIn, needId, areaId) is not null)
        {
            steps.Add(new PathStep(areaId, LinkType.LocatedIn, Direction.Out));
            return steps;
        }
        foreach (var e in _s.Edges(needId, Direction.In, LinkType.HasNeed))
        {
            if (e.OtherId == areaId)
            {
                steps.Add(new PathStep(areaId, LinkType.HasNeed, Direction.In));
                return steps;
            }
            if (_s.FindLink(LinkType.LocatedIn, e.OtherId, areaId) is not null)
            {
                steps.Add(new PathStep(e.OtherId, LinkType.HasNeed, Direction.In));
                steps.Add(new PathStep(areaId, LinkType.LocatedIn, Direction.Out));
                return steps;
            }
        }
        steps.Add(new PathStep(areaId, null, null));
        return steps;
    }
}
