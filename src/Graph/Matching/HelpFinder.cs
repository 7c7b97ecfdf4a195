using ResourceHub.Graph.Access;
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
/// rule of <see cref="HelperRules"/>, scored, and the best come back with the path that explains them.
/// </summary>
/// <remarks>
/// The cost depends on the neighbourhood touched, not on the size of the network: marks are pooled and versioned.
/// Three things keep that neighbourhood small without changing an answer (tests hold each against the plain way):
/// the last hop marks only candidates, and from a busy node (a city-wide partner with tens of thousands of links)
/// reads its helper neighbours filed by service (<see cref="HubNeighbours"/>); candidates from busy nodes and from
/// the place grid are bounded from what those keep of them (codes, place, hours, track record and load) before
/// their nodes are read; and candidates are scored best bound first, so those that could not beat the last answer
/// are never read. Kinds and codes of the nodes the walk passes are read from the index, not from the nodes.
/// </remarks>
public sealed class HelpFinder
{
    private readonly NetworkSnapshot _s;
    private readonly AccessPolicy _policy;
    private readonly bool _referralsHidden;
    private readonly NeedSpec _need;
    private readonly MatchOptions _options;
    private readonly Func<Node, bool>? _only;
    private readonly ServiceSet _related;
    private readonly FitSets? _fits;

    private HelpFinder(AccessPolicy policy, NeedSpec need, MatchOptions options, Func<Node, bool>? only)
    {
        _s = policy.Snapshot;
        _policy = policy;
        // A stored need's referral links are part of its case record: a caller who may not see that record does not reach
        // helpers through them (the walk passes no other need, so these are the only referral links it meets).
        _referralsHidden = need.NeedId is { } id && _s.Node(id) is Need && _s.Edges(id, Direction.Out, LinkType.ReferredTo) is { Count: > 0 } referred &&
            !policy.MaySeeLink(id, LinkType.ReferredTo, referred[0].OtherId);
        _need = need;
        _options = options;
        _only = only;
        _fits = FitSets.Of(need.Categories);
        _related = _fits?.Related ?? ServiceSet.Related(need.Categories);
    }

    /// <summary>The best helpers for a need, best first; ties by id; everything visible. <paramref name="only"/> narrows the candidates.</summary>
    public static IReadOnlyList<HelperMatch> Find(NetworkSnapshot snapshot, NeedSpec need, MatchOptions options, Func<Node, bool>? only = null) =>
        Find(AccessPolicy.Everything(snapshot), need, options, only);

    /// <summary>
    /// The best helpers for a need as a caller may ask (<paramref name="need"/> as <see cref="AccessPolicy.SpecOf"/> gives
    /// it for a stored need): only links the caller may see are followed and shown. Best first; ties by id.
    /// <paramref name="only"/> narrows the candidates (kinds, one helper).
    /// </summary>
    public static IReadOnlyList<HelperMatch> Find(AccessPolicy policy, NeedSpec need, MatchOptions options, Func<Node, bool>? only = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (need.Categories.Count == 0) throw new ArgumentException("a need asks for at least one service category", nameof(need));
        if (need.AreaId is { } area && policy.Snapshot.Node(area) is not Area) throw new ArgumentException($"node {area} is not an area", nameof(need));
        return new HelpFinder(policy, need, options, only).Run();
    }

    /// <summary>
    /// How a helper reaches a need, whatever else it meets of the need's rules: the walk the search makes, every link
    /// read (no busy node's filing, which leaves out those who cannot qualify), for this one helper. Null when it does
    /// not reach the need; with the hops and the distance it was found at.
    /// </summary>
    internal static (ReachKind? Reach, int? Hops, double? Km) ReachOf(AccessPolicy policy, NeedSpec need, MatchOptions options, Node helper)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(helper);
        // The helper's own services join the asked ones so that the walk marks it whatever it offers.
        var wider = need with { Categories = [.. need.Categories.Union(NodeFacets.Services(helper)).Where(c => Taxonomy.ServiceTaxonomy.IsKnown(c, Taxonomy.TaxonomyFacet.Service))] };
        var finder = new HelpFinder(policy, wider, options with { HubDegree = int.MaxValue }, null);
        var marks = VisitMarks.Rent(finder._s.NodeIdCapacity);
        try
        {
            var chain = AreaChain(finder._s, need);
            var centre = NeedPoint(finder._s, need);
            finder.CollectServing(marks, chain);
            finder.Walk(marks, chain, centre, options.MaxKm ?? MatchOptions.DefaultKm);
            var id = (int)helper.Id;
            // Unlike the search's candidates, the helper asked about may be left unmarked: a mark of an earlier search is no reach.
            var reached = marks.IsMarked(id) && marks.Depth(id) != VisitMarks.NotReached;
            if (reached && marks.Depth(id) == 0) return (null, 0, null);
            int? hops = reached ? marks.Depth(id) : null;
            var serves = marks.Serving.Contains(id);
            double? km = centre is { } c && NodeFacets.Position(finder._s, helper) is { } p ? Math.Round(p.DistanceKm(c), 6) : null;
            var near = km <= HelperRules.TravelKm(helper, options);
            ReachKind? reach = serves ? ReachKind.ServesArea
                : need.Mode == NeedMode.Home ? (near ? ReachKind.Distance : null)
                : hops is not null ? ReachKind.Network
                : near ? ReachKind.Distance : null;
            return (reach, hops, km);
        }
        finally
        {
            marks.Return();
        }
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
    public static bool Expands(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return Expands(node.Kind);
    }

    private static bool Expands(NodeKind kind) => kind is not (NodeKind.Elder or NodeKind.Need or NodeKind.Referral or NodeKind.ServiceRecord or NodeKind.Consent or NodeKind.TimeBankEntry or NodeKind.Booking or NodeKind.Webhook);

    /// <summary>
    /// True when the search goes on from a node. Areas lead on only when they are the need's own area or one above
    /// it: an area reached from an actor (an organization serving hundreds of communities) would pull in everyone
    /// who lives there, which is no link between them and the need.
    /// </summary>
    public static bool ExpandsFrom(Node node, IReadOnlyList<long> areaChain)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(areaChain);
        return ExpandsFrom(node.Kind, node.Id, areaChain);
    }

    private static bool ExpandsFrom(NodeKind kind, long id, IReadOnlyList<long> areaChain) =>
        Expands(kind) && (kind != NodeKind.Area || areaChain.Contains(id));

    private List<HelperMatch> Run()
    {
        var marks = VisitMarks.Rent(_s.NodeIdCapacity);
        try
        {
            var chain = AreaChain(_s, _need);
            var centre = NeedPoint(_s, _need);
            var radius = _options.MaxKm ?? MatchOptions.DefaultKm;
            CollectServing(marks, chain);
            Walk(marks, chain, centre, radius);
            foreach (var id in marks.ServingOrder) AddServing(marks, id);
            // Helpers placed near the need that neither the walk nor the areas brought: by place alone their proximity is 0.
            if (centre is { } c)
            {
                SpatialGrid.Of(_s).Near(c, radius, _related, (in HelperFacts facts) =>
                {
                    // Only those within the radius: the grid's cells cover the circle's square. They are not marked here:
                    // most are never read, and one the walk or the areas brought is told apart when it comes out of the heap.
                    if (Defer(marks, facts, c, radius, null) is { } d && d.Km <= radius)
                        marks.Deferred.Add(d with { Placed = true });
                });
            }
            // The parts that read only the candidate first; then, best bound first, the parts that read its referrals and
            // records, until no candidate left could beat the last of the answers.
            var qualified = marks.Qualified;
            foreach (var id in marks.Candidates)
            {
                var helper = _s.Node(id)!;
                if (_only is not null && !_only(helper)) continue;
                if (Qualify(marks, helper, centre, null) is { } candidate) qualified.Add(candidate);
            }
            // Deferred candidates (met on a busy node's last hop, or by place alone) were bounded from their codes, place and
            // hours when they were met; their nodes are read only if they come out of the heap.
            var deferred = marks.Deferred;
            qualified.Sort(static (a, b) => Order(a.Bound, a.Helper.Id, b.Bound, b.Helper.Id));
            // Deferred candidates are many and few are read: a heap hands them out in order without sorting them all.
            var heap = new DeferredHeap(deferred);
            var best = new PriorityQueue<HelperMatch, HelperMatch>(Comparer<HelperMatch>.Create((a, b) => HelperRules.Compare(b, a)));
            for (var q = 0; q < qualified.Count || heap.Count > 0;)
            {
                var fromQualified = heap.Count == 0 ||
                    (q < qualified.Count && Order(qualified[q].Bound, qualified[q].Helper.Id, heap.Top.Bound, heap.Top.Id) <= 0);
                var (bound, id) = fromQualified ? (qualified[q].Bound, qualified[q].Helper.Id) : (heap.Top.Bound, heap.Top.Id);
                // Both lists go from the highest bound down: once one cannot beat the last answer, none after it can.
                if (Beaten(best, bound, id)) break;
                Candidate candidate;
                if (fromQualified) candidate = qualified[q++];
                else
                {
                    var at = heap.Pop();
                    if (at.Placed)
                    {
                        // Met by place alone, unless the walk or the areas marked it: then it is in the lists as reached.
                        if (!marks.Mark(at.Id, -1, VisitMarks.NotReached, 0, 0)) continue;
                    }
                    var helper = _s.Node(at.Id)!;
                    if ((_only is not null && !_only(helper)) || Qualify(marks, helper, centre, at.Km) is not { } c2 || Beaten(best, c2.Bound, id)) continue;
                    candidate = c2;
                }
                if (Score(candidate) is not { } match) continue;
                best.Enqueue(match, match);
                if (best.Count > _options.First) best.Dequeue();
            }
            var result = new List<HelperMatch>(best.Count);
            while (best.TryDequeue(out var m, out _)) result.Add(m);
            result.Reverse();
            // Paths are drawn only for the answers, from the marks the search left.
            for (var i = 0; i < result.Count; i++) result[i] = result[i] with { Path = Path(marks, result[i].Helper, result[i].Reach, chain) };
            PreferPathsAroundPeople(result, chain);
            return result;
        }
        finally
        {
            marks.Return();
        }
    }

    private void Walk(VisitMarks marks, IReadOnlyList<long> chain, GeoPoint? centre, double radius)
    {
        // Depth 0: the need's area, the need itself (its path starts the explanation) and a group or area owner.
        if (_need.NeedId is { } needId && _s.Node(needId) is Need)
        {
            // The need, then the real links from it to its area: its own LOCATED_IN, or through its owner.
            var steps = SourceSteps();
            for (var i = 0; i < steps.Count; i++)
                Start(marks, (int)steps[i].NodeId, i == 0 ? -1 : (int)steps[i - 1].NodeId, steps[i].Via ?? 0, steps[i].Direction ?? 0);
            foreach (var e in _s.Edges(needId, Direction.In, LinkType.HasNeed))
            {
                if (_s.Node(e.OtherId) is Organization) Start(marks, (int)e.OtherId, (int)needId, LinkType.HasNeed, Direction.In);
            }
        }
        else if (_need.AreaId is { } area) Start(marks, (int)area, -1, 0, 0);
        for (var depth = 1; depth <= _options.MaxHops && marks.Frontier.Count > 0; depth++)
        {
            marks.Next.Clear();
            var last = depth == _options.MaxHops;
            foreach (var from in marks.Frontier)
            {
                if (!ExpandsFrom(_s.KindOf(from), from, chain)) continue;
                if (last && _s.Edges(from, Direction.Out).Count + _s.Edges(from, Direction.In).Count >= _options.HubDegree)
                {
                    // A busy node: only its neighbours offering something related can be candidates, and it files them by service.
                    foreach (var entries in HubNeighbours.Of(_s, from).Offering(_related))
                    {
                        foreach (var e in entries)
                        {
                            // One that cannot qualify whoever marks it is left unmarked: nothing after the walk marks it
                            // as reached, so no answer changes, and a busy node's thousands of links cost less.
                            if (Defer(marks, e.Facts, centre, radius, depth) is { } d && marks.Mark(e.Facts.Id, from, (byte)depth, e.Via, e.Dir))
                                marks.Deferred.Add(d);
                        }
                    }
                    continue;
                }
                foreach (var dir in (ReadOnlySpan<Direction>)[Direction.Out, Direction.In])
                {
                    var edges = _s.Edges(from, dir);
                    for (var k = 0; k < edges.Count; k++)
                    {
                        if (_referralsHidden && edges[k].Type == LinkType.ReferredTo) continue;
                        var other = edges.OtherIds[k];
                        // Kinds and codes are read without the nodes (a byte and two ANDs), so the hundreds of people,
                        // needs and records a search passes by cost no node and no mark.
                        var kind = _s.KindOf(other);
                        var candidate = HelperRules.IsHelper(kind) && _s.ServicesOf(other).Overlaps(_related);
                        if (last)
                        {
                            // Nothing met on the last hop is passed through: only candidates need a mark.
                            if (!candidate) continue;
                        }
                        // People's needs and records neither help nor lead anywhere: pass them by without a mark.
                        else if (!Expands(kind)) continue;
                        if (!marks.Mark(other, from, (byte)depth, edges[k].Type, dir)) continue;
                        if (candidate) marks.Candidates.Add(other);
                        if (!last) marks.Next.Add(other);
                    }
                }
            }
            marks.Frontier.Clear();
            marks.Frontier.AddRange(marks.Next);
        }
    }

    // A node the search starts from (depth 0).
    private static void Start(VisitMarks marks, int id, int parent, LinkType via, Direction dir)
    {
        if (marks.Mark(id, parent, 0, via, dir)) marks.Frontier.Add(id);
    }

    // Read from the areas' side, so no candidate's own (perhaps thousands of) SERVES links are scanned: those serving
    // the need's area or one above it, and those living in the need's area, in the order the areas list them.
    private void CollectServing(VisitMarks marks, IReadOnlyList<long> chain)
    {
        foreach (var area in chain) marks.ServingOrder.AddRange(_s.Edges(area, Direction.In, LinkType.Serves).OtherIds);
        if (chain.Count > 0) marks.ServingOrder.AddRange(_s.Edges(chain[0], Direction.In, LinkType.LocatedIn).OtherIds);
        foreach (var id in marks.ServingOrder) marks.Serving.Add(id);
    }

    // A candidate to read later, met at <hops> (null: by place alone), with the parts known from its facts and the
    // most its total can be: distance as if its own travel limit were the radius (it is at most that),
    // track record and load as its records give them (a need can only exclude it). Null when it cannot meet this need
    // whatever reaches it: full, no fit, no hours in common, or no way to reach it (a home need wants it serving the area
    // or within the radius).
    private Deferred? Defer(VisitMarks marks, in HelperFacts f, GeoPoint? centre, double radius, int? hops)
    {
        // A helper whose open referrals fill its capacity can help no one.
        if (f.Load is not { } load) return null;
        var fit = _fits?.Fit(f.Services) ?? 1;
        if (fit == 0 || HelperRules.Availability(f.Hours, _need) is not { } availability) return null;
        // A point surely beyond the radius counts as none: its distance part is 0 and it is not near either way, and the
        // distance an answer shows is measured when its node is read.
        double? km = centre is { } c && f.Point is { } p && !p.SurelyFartherThan(c, radius) ? Math.Round(p.DistanceKm(c), 6) : null;
        var serves = marks.Serving.Contains(f.Id);
        var near = km <= radius;
        if (!serves && !near && (_need.Mode == NeedMode.Home || hops is null)) return null;
        var bound = MatchScore.TotalOf(fit, HelperRules.ProximityScore(serves, hops), HelperRules.DistanceScore(km, radius), availability, f.TrackRecord, load);
        return new Deferred(f.Id, km, bound);
    }

    private void AddServing(VisitMarks marks, int id)
    {
        // Marked before: the walk has decided whether it is a candidate, by the same test.
        if (marks.Mark(id, -1, VisitMarks.NotReached, 0, 0) && HelperRules.IsHelper(_s.KindOf(id)) && _s.ServicesOf(id).Overlaps(_related))
            marks.Candidates.Add(id);
    }

    /// <summary>A binary heap laid over a list of deferred candidates, in the order of <see cref="Order"/>.</summary>
    private struct DeferredHeap
    {
        private readonly List<Deferred> _items;

        public DeferredHeap(List<Deferred> items)
        {
            _items = items;
            Count = items.Count;
            for (var i = Count / 2 - 1; i >= 0; i--) Down(i);
        }

        public int Count { get; private set; }

        public readonly Deferred Top => _items[0];

        public Deferred Pop()
        {
            var top = _items[0];
            _items[0] = _items[--Count];
            Down(0);
            return top;
        }

        private readonly bool Before(int a, int b) => Order(_items[a].Bound, _items[a].Id, _items[b].Bound, _items[b].Id) < 0;

        private readonly void Down(int i)
        {
            while (true)
            {
                int left = 2 * i + 1, right = left + 1, first = i;
                if (left < Count && Before(left, first)) first = left;
                if (right < Count && Before(right, first)) first = right;
                if (first == i) return;
                (_items[i], _items[first]) = (_items[first], _items[i]);
                i = first;
            }
        }
    }

    /// <summary>A candidate not read yet: its distance (null when it has no place or is surely beyond the radius) and the most its total can be.</summary>
    internal readonly record struct Deferred(int Id, double? Km, double Bound)
    {
        /// <summary>From the place grid, not marked: it may also be among the candidates the walk or the areas brought.</summary>
        public bool Placed { get; init; }
    }


    // Higher bound first, then lower id: the order of the answers, so a bound that loses to the last answer ends the search.
    private static int Order(double boundA, long idA, double boundB, long idB) =>
        boundA != boundB ? boundB.CompareTo(boundA) : idA.CompareTo(idB);

    private bool Beaten(PriorityQueue<HelperMatch, HelperMatch> best, double bound, long id) =>
        best.Count == _options.First && best.Peek() is var last && (last.Score.Total > bound || (last.Score.Total == bound && last.Helper.Id < id));

    /// <summary>A candidate that passed every rule read from itself alone, with those parts of its score and the most its total can be.</summary>
    internal readonly record struct Candidate(Node Helper, double Fit, double Proximity, double Distance, double Availability, ReachKind Reach, int? Hops, double? Km, double Bound);

    private Candidate? Qualify(VisitMarks marks, Node helper, GeoPoint? centre, double? placedKm)
    {
        var id = (int)helper.Id;
        var reached = marks.Depth(id) != VisitMarks.NotReached;
        if (reached && marks.Depth(id) == 0) return null; // the need's own organization does not help itself
        // The cheap rules first: most candidates offer nothing asked.
        if (HelperRules.CheapFit(helper, _need, _fits?.Fit(_s.ServicesOf(id)) ?? HelperRules.CategoryFit(helper, _need)) is not { } fit) return null;
        int? hops = reached ? marks.Depth(id) : null;
        var serves = marks.Serving.Contains(id);
        var km = placedKm ?? (centre is { } c && NodeFacets.Position(_s, helper) is { } p ? Math.Round(p.DistanceKm(c), 6) : null);
        var travel = HelperRules.TravelKm(helper, _options);
        var near = km <= travel;
        var reach = serves ? ReachKind.ServesArea
            : _need.Mode == NeedMode.Home ? (near ? ReachKind.Distance : (ReachKind?)null)
            : hops is not null ? ReachKind.Network
            : near ? ReachKind.Distance : null;
        if (reach is not { } how || HelperRules.Availability(helper, _need) is not { } availability) return null;
        var proximity = HelperRules.ProximityScore(serves, hops);
        var distance = HelperRules.DistanceScore(km, travel);
        return new Candidate(helper, fit, proximity, distance, availability, how, hops, km, HelperRules.Bound(_s, helper.Id, fit, proximity, distance, availability));
    }

    private HelperMatch? Score(Candidate c) =>
        HelperRules.ScoreWithAvailability(_s, c.Helper, _need, c.Fit, c.Proximity, c.Distance, c.Availability) is { } score
            ? new HelperMatch(c.Helper, score, c.Reach, c.Hops, c.Km, [])
            : null;

    private List<PathStep> Path(VisitMarks marks, Node helper, ReachKind how, IReadOnlyList<long> chain)
    {
        var id = (int)helper.Id;
        var steps = new List<PathStep>();
        if (marks.Depth(id) != VisitMarks.NotReached && how != ReachKind.Distance)
        {
            // The way the search came: follow parents back to the start.
            for (var at = id; at >= 0; at = marks.Parent(at))
            {
                var root = marks.Parent(at) < 0;
                steps.Add(new PathStep(at, root ? null : marks.Via(at), root ? null : marks.Dir(at)));
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

    private static bool IsPerson(NodeKind kind) => kind is NodeKind.Volunteer or NodeKind.SocialWorker or NodeKind.Elder;

    // An explanation passes through other people (a volunteer, a social worker) only where no way through areas and
    // organizations reaches the helper within the hop limit: a social worker trusts a chain of institutions more than a
    // chain of acquaintances. The search's first-found way is kept where it passes no one; for the others one walk that
    // does not pass people looks for a way, and replaces the path where it finds one.
    private void PreferPathsAroundPeople(List<HelperMatch> result, IReadOnlyList<long> chain)
    {
        var wanted = new Dictionary<long, int>();
        for (var i = 0; i < result.Count; i++)
        {
            var path = result[i].Path;
            for (var k = 1; k < path.Count - 1; k++)
            {
                if (IsPerson(_s.KindOf(path[k].NodeId))) { wanted[result[i].Helper.Id] = i; break; }
            }
        }
        if (wanted.Count == 0) return;
        var start = SourceSteps();
        var sources = start.Count;
        if (_need.NeedId is { } needId && _s.Node(needId) is Need)
        {
            foreach (var e in _s.Edges(needId, Direction.In, LinkType.HasNeed))
            {
                if (_s.Node(e.OtherId) is Organization) start.Add(new PathStep(e.OtherId, LinkType.HasNeed, Direction.In));
            }
        }
        if (start.Count == 0) return;
        // Parents by node: the way each node was first reached without passing a person.
        var parent = new Dictionary<long, (long From, LinkType Via, Direction Dir)>();
        var roots = new HashSet<long>(start.Select(p => p.NodeId));
        var frontier = new List<long>(roots);
        for (var depth = 1; depth <= _options.MaxHops && frontier.Count > 0 && wanted.Count > 0; depth++)
        {
            if (depth == _options.MaxHops)
            {
                // The last hop is looked for from the few helpers' side: a busy node's thousands of links are not read.
                LastHopAroundPeople(result, chain, start, sources, parent, roots, frontier, wanted);
                break;
            }
            var next = new List<long>();
            foreach (var from in frontier)
            {
                if (!ExpandsFrom(_s.KindOf(from), from, chain)) continue;
                foreach (var dir in (ReadOnlySpan<Direction>)[Direction.Out, Direction.In])
                {
                    var edges = _s.Edges(from, dir);
                    for (var k = 0; k < edges.Count; k++)
                    {
                        if (_referralsHidden && edges[k].Type == LinkType.ReferredTo) continue;
                        long other = edges.OtherIds[k];
                        if (roots.Contains(other) || parent.ContainsKey(other)) continue;
                        if (wanted.Remove(other, out var at))
                        {
                            parent[other] = (from, edges[k].Type, dir);
                            result[at] = result[at] with { Path = PathTo(other, start, sources, parent) };
                            continue;
                        }
                        // Only areas and organizations (and what they hold) lead on: people and records are passed by.
                        var kind = _s.KindOf(other);
                        if (!ExpandsFrom(kind, other, chain) || IsPerson(kind)) continue;
                        parent[other] = (from, edges[k].Type, dir);
                        next.Add(other);
                    }
                }
            }
            frontier = next;
        }
    }

    private void LastHopAroundPeople(List<HelperMatch> result, IReadOnlyList<long> chain, List<PathStep> start, int sources,
        Dictionary<long, (long From, LinkType Via, Direction Dir)> parent, HashSet<long> roots, List<long> frontier, Dictionary<long, int> wanted)
    {
        var reached = frontier.ToHashSet();
        foreach (var (target, at) in wanted.ToList())
        {
            foreach (var dir in (ReadOnlySpan<Direction>)[Direction.Out, Direction.In])
            {
                var edges = _s.Edges(target, dir);
                for (var k = 0; k < edges.Count && wanted.ContainsKey(target); k++)
                {
                    long from = edges.OtherIds[k];
                    if (!reached.Contains(from) || (_referralsHidden && edges[k].Type == LinkType.ReferredTo)) continue;
                    if (!ExpandsFrom(_s.KindOf(from), from, chain) || (!roots.Contains(from) && IsPerson(_s.KindOf(from)))) continue;
                    // Seen from the node before it, the link runs the other way.
                    parent[target] = (from, edges[k].Type, dir == Direction.Out ? Direction.In : Direction.Out);
                    wanted.Remove(target);
                    result[at] = result[at] with { Path = PathTo(target, start, sources, parent) };
                }
            }
        }
    }

    // The path from the start steps to a node reached by the walk around people.
    private static List<PathStep> PathTo(long id, List<PathStep> start, int sources, Dictionary<long, (long From, LinkType Via, Direction Dir)> parent)
    {
        var tail = new List<PathStep>();
        var at = id;
        while (parent.TryGetValue(at, out var p))
        {
            tail.Add(new PathStep(at, p.Via, p.Dir));
            at = p.From;
        }
        tail.Reverse();
        // The start steps up to the root the way began at: the need, its owner, its area; or an organization that owns the need.
        var root = start.FindIndex(p => p.NodeId == at);
        List<PathStep> steps = root >= sources ? [start[0], start[root]] : [.. start.Take(root + 1)];
        steps.AddRange(tail);
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
            // An owner the caller may not see (an elder) is no step of the explanation.
            if (!_policy.MaySee(e.OtherId)) continue;
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
