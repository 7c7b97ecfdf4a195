using System.Runtime.CompilerServices;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;
using ResourceHub.Graph.Taxonomy;

namespace ResourceHub.Graph.Matching;

/// <summary>
/// Helpers by place: a grid of cells about 5 km across holding the ids of the volunteers, social workers,
/// organizations and resources placed in them (their own point or their home area's). Built once per snapshot,
/// on first use.
/// </summary>
internal sealed class SpatialGrid
{
    private static readonly ConditionalWeakTable<NetworkSnapshot, SpatialGrid> Grids = [];

    private readonly Dictionary<(int, int), Cell> _cells;

    private SpatialGrid(Dictionary<(int, int), Cell> cells) => _cells = cells;

    /// <summary>The helpers of one cell and, side by side, their service sets, so a search filters a cell by reading it in order.</summary>
    private sealed record Cell(int[] Ids, ServiceSet[] Services, GeoPoint[] Points, WeeklySchedule[] Hours, (double TrackRecord, double? Load)[] Standing);

    public static SpatialGrid Of(NetworkSnapshot snapshot) => Grids.GetValue(snapshot, Build);

    private static SpatialGrid Build(NetworkSnapshot snapshot)
    {
        var lists = new Dictionary<(int, int), List<int>>();
        foreach (var node in snapshot.Nodes())
        {
            if (!HelperRules.IsHelper(node) || NodeFacets.Position(snapshot, node) is not { } p) continue;
            var cell = GeoCells.Of(p);
            if (!lists.TryGetValue(cell, out var list)) lists[cell] = list = [];
            list.Add((int)node.Id);
        }
        return new SpatialGrid(lists.ToDictionary(kv => kv.Key, kv => new Cell([.. kv.Value], [.. kv.Value.Select(id => snapshot.ServicesOf(id))],
            [.. kv.Value.Select(id => NodeFacets.Position(snapshot, snapshot.Node(id)!)!.Value)], [.. kv.Value.Select(id => HelperRules.Schedule(snapshot.Node(id)!))],
            [.. kv.Value.Select(id => HelperRules.Standing(snapshot, snapshot.Node(id)!))])));
    }

    /// <summary>Calls <paramref name="visit"/> with every helper in the cells that a circle of <paramref name="km"/> around <paramref name="centre"/> touches.</summary>
    public void Near(GeoPoint centre, double km, Action<int> visit)
    {
        foreach (var cell in GeoCells.Around(centre, km))
        {
            if (!_cells.TryGetValue(cell, out var c)) continue;
            foreach (var id in c.Ids) visit(id);
        }
    }

    /// <summary>
    /// Calls <paramref name="visit"/> with every helper offering a code of <paramref name="services"/> in the cells that a
    /// circle of <paramref name="km"/> around <paramref name="centre"/> touches and room left, with what the grid keeps of
    /// it: its codes, place, weekly hours, track record and load. The visitor measures the distance, after its cheaper checks.
    /// </summary>
    public void Near(GeoPoint centre, double km, ServiceSet services, Visitor visit)
    {
        foreach (var cell in GeoCells.Around(centre, km))
        {
            if (!_cells.TryGetValue(cell, out var c)) continue;
            for (var i = 0; i < c.Ids.Length; i++)
            {
                // A helper whose open referrals fill its capacity can help no one.
                if (c.Services[i].Overlaps(services) && c.Standing[i] is (var track, { } load))
                    visit(c.Ids[i], c.Services[i], c.Points[i], c.Hours[i], track, load);
            }
        }
    }

    /// <summary>What <see cref="Near(GeoPoint, double, ServiceSet, Visitor)"/> hands over of each helper.</summary>
    public delegate void Visitor(int id, ServiceSet services, GeoPoint point, WeeklySchedule hours, double trackRecord, double load);
}
