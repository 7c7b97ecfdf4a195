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
    private sealed record Cell(int[] Ids, ServiceSet[] Services, GeoPoint[] Points, WeeklySchedule[] Hours, bool[] Recorded);

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
            [.. kv.Value.Select(id => !snapshot.References(id).IsEmpty)])));
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
    /// Calls <paramref name="visit"/> with every helper offering a code of <paramref name="services"/> whose place is at
    /// most <paramref name="km"/> from <paramref name="centre"/>, with its codes, its distance in km rounded to 6
    /// places (as matching rounds it), its weekly hours and whether any record names it.
    /// </summary>
    public void Within(GeoPoint centre, double km, ServiceSet services, Action<int, ServiceSet, double, WeeklySchedule, bool> visit)
    {
        foreach (var cell in GeoCells.Around(centre, km))
        {
            if (!_cells.TryGetValue(cell, out var c)) continue;
            for (var i = 0; i < c.Ids.Length; i++)
            {
                if (!c.Services[i].Overlaps(services)) continue;
                var d = Math.Round(c.Points[i].DistanceKm(centre), 6);
                if (d <= km) visit(c.Ids[i], c.Services[i], d, c.Hours[i], c.Recorded[i]);
            }
        }
    }
}
