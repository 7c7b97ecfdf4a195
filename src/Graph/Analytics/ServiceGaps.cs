using ResourceHub.Graph.Access;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Matching;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;
using ResourceHub.Graph.Taxonomy;

namespace ResourceHub.Graph.Analytics;

/// <summary>
/// Service gaps: the open needs of an area that the matcher, asked as the caller would ask it (<see cref="AccessPolicy.SpecOf"/>),
/// finds no qualified helper for; and an accessibility score per community by the two-step floating catchment
/// method (Luo and Wang 2003). Step one: each helper's capacity (at least one) is shared over the open needs of the
/// communities in its catchment — those it serves (or that lie in an area it serves), the one it lives in, and those
/// whose point lies within its travel distance. Step two: a community's accessibility is the sum of the shares of
/// the helpers whose catchment holds it. Helpers are the organizations, social workers and volunteers of the area's
/// support network that offer a service related to what is asked (or any, when nothing is).
/// </summary>
public static class ServiceGaps
{
    /// <summary>The gaps of an area, for the caller the policy is of.</summary>
    public static ServiceGapReport Of(AccessPolicy policy, long areaId, IReadOnlyList<string> services, MatchOptions options, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        var s = policy.Snapshot;
        var subtree = s.Subtree(areaId).ToHashSet();
        var communities = s.Communities(areaId);
        var communityIds = communities.Select(c => c.Id).ToHashSet();

        // The open needs of the area the caller may see, asking for what is asked about.
        var needs = new List<(Need Need, long? Community)>();
        foreach (var need in s.Nodes<Need>())
        {
            if (need.Status != NeedStatus.Open || !Asks(need, services)) continue;
            if (NodeFacets.NeedArea(s, need.Id) is not { } area || !subtree.Contains(area.Id) || !policy.MaySee(need)) continue;
            needs.Add((need, CommunityOf(s, area.Id, communityIds)));
        }

        var unmet = new List<long>();
        var categories = new Dictionary<string, (int Open, int Unmet)>(StringComparer.Ordinal);
        var demand = new Dictionary<long, (int Open, int Unmet)>();
        var one = options with { First = 1 };
        foreach (var (need, community) in needs)
        {
            cancel.ThrowIfCancellationRequested();
            var spec = policy.SpecOf(need);
            var met = HelpFinder.Find(policy, spec, one).Count > 0;
            if (!met) unmet.Add(need.Id);
            foreach (var category in need.Categories.Distinct(StringComparer.Ordinal))
            {
                var (open, gaps) = categories.GetValueOrDefault(category);
                categories[category] = (open + 1, gaps + (met ? 0 : 1));
            }
            if (community is { } c)
            {
                var (open, gaps) = demand.GetValueOrDefault(c);
                demand[c] = (open + 1, gaps + (met ? 0 : 1));
            }
        }

        var access = Accessibility(s, areaId, communities, demand.ToDictionary(kv => kv.Key, kv => kv.Value.Open), services, options);
        var perCommunity = communities.Select(c =>
        {
            var (open, gaps) = demand.GetValueOrDefault(c.Id);
            var (helpers, score) = access.GetValueOrDefault(c.Id);
            return new CommunityAccess(c.Id, open, gaps, helpers, score);
        }).ToList();
        var perCategory = categories.Select(kv => new CategoryGap(kv.Key, kv.Value.Open, kv.Value.Unmet))
            .OrderByDescending(g => g.Unmet).ThenByDescending(g => g.OpenNeeds).ThenBy(g => g.Category, StringComparer.Ordinal).ToList();
        unmet.Sort();
        return new ServiceGapReport(areaId, services, needs.Count, unmet, perCategory, perCommunity);
    }

    /// <summary>
    /// The two-step floating catchment accessibility of each community: how many helpers' catchments hold it, and the
    /// sum of their capacity-to-demand ratios. <paramref name="demand"/> is the open needs per community.
    /// </summary>
    public static IReadOnlyDictionary<long, (int Helpers, double Score)> Accessibility(NetworkSnapshot snapshot, long areaId, IReadOnlyList<Area> communities,
        IReadOnlyDictionary<long, int> demand, IReadOnlyList<string> services, MatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(communities);
        ArgumentNullException.ThrowIfNull(demand);
        ArgumentNullException.ThrowIfNull(services);
        var related = services.Count > 0 ? ServiceSet.Related(services) : (ServiceSet?)null;
        var places = new CommunityPlaces(snapshot, communities);
        var catchments = new List<(double Capacity, HashSet<long> Communities)>();
        foreach (var id in SupportNetwork.Of(snapshot, areaId).Ids)
        {
            if (snapshot.KindOf(id) is not (NodeKind.Organization or NodeKind.SocialWorker or NodeKind.Volunteer)) continue;
            if (related is { } r && !snapshot.ServicesOf(id).Overlaps(r)) continue;
            var helper = snapshot.Node(id)!;
            var held = places.Catchment(helper, HelperRules.TravelKm(helper, options));
            if (held.Count > 0) catchments.Add((Math.Max(1, HelperRules.Capacity(helper) ?? 1), held));
        }
        var result = new Dictionary<long, (int Helpers, double Score)>();
        foreach (var (capacity, held) in catchments)
        {
            var reached = held.Sum(c => demand.GetValueOrDefault(c));
            var share = reached == 0 ? 0 : capacity / reached;
            foreach (var c in held)
            {
                var (helpers, score) = result.GetValueOrDefault(c);
                result[c] = (helpers + 1, score + share);
            }
        }
        return result;
    }

    // Where the communities of the area are, to find a helper's catchment without reading every community: the
    // communities of each area served (kept as they are asked for), and a grid of their points.
    private sealed class CommunityPlaces
    {
        private const double CellDegrees = 0.05;
        private readonly NetworkSnapshot _s;
        private readonly HashSet<long> _ids;
        private readonly Dictionary<long, IReadOnlyList<long>> _within = [];
        private readonly Dictionary<(int, int), List<Area>> _cells = [];

        public CommunityPlaces(NetworkSnapshot s, IReadOnlyList<Area> communities)
        {
            _s = s;
            _ids = communities.Select(c => c.Id).ToHashSet();
            foreach (var c in communities)
            {
                if (c.Point is not { } p) continue;
                var cell = Cell(p.Lat, p.Lon);
                if (!_cells.TryGetValue(cell, out var list)) _cells[cell] = list = [];
                list.Add(c);
            }
        }

        // The communities a helper's catchment holds: those it serves (directly or through an area above them), the one
        // it lives in, and those whose point lies within its travel distance.
        public HashSet<long> Catchment(Node helper, double km)
        {
            var held = new HashSet<long>();
            foreach (var e in _s.Edges(helper.Id, Direction.Out, LinkType.Serves))
            {
                foreach (var c in Within(e.OtherId)) held.Add(c);
            }
            if (NodeFacets.HomeArea(_s, helper.Id)?.Id is { } home && _ids.Contains(home)) held.Add(home);
            if (NodeFacets.Position(_s, helper) is not { } p) return held;
            // Cells are CellDegrees square: ~5.6 km north to south, less east to west away from the equator.
            var latCells = (int)Math.Ceiling(km / 111.0 / CellDegrees);
            var lonCells = (int)Math.Ceiling(km / (111.0 * Math.Max(0.2, Math.Cos(p.Lat * Math.PI / 180))) / CellDegrees);
            var (row, column) = Cell(p.Lat, p.Lon);
            for (var i = row - latCells; i <= row + latCells; i++)
            {
                for (var j = column - lonCells; j <= column + lonCells; j++)
                {
                    if (!_cells.TryGetValue((i, j), out var list)) continue;
                    foreach (var c in list)
                    {
                        if (c.Point is { } q && p.DistanceKm(q) <= km) held.Add(c.Id);
                    }
                }
            }
            return held;
        }

        private IReadOnlyList<long> Within(long areaId)
        {
            if (_within.TryGetValue(areaId, out var kept)) return kept;
            IReadOnlyList<long> found = _s.Node(areaId) is Area ? [.. _s.Subtree(areaId).Where(_ids.Contains)] : [];
            return _within[areaId] = found;
        }

        private static (int, int) Cell(double lat, double lon) => ((int)Math.Floor(lat / CellDegrees), (int)Math.Floor(lon / CellDegrees));
    }

    private static bool Asks(Need need, IReadOnlyList<string> services) =>
        services.Count == 0 || need.Categories.Any(c => services.Any(asked => c == asked || ServiceTaxonomy.IsWithin(c, asked)));

    private static long? CommunityOf(NetworkSnapshot s, long areaId, HashSet<long> communities)
    {
        if (communities.Contains(areaId)) return areaId;
        foreach (var above in s.Ancestors(areaId))
        {
            if (communities.Contains(above)) return above;
        }
        return null;
    }
}
