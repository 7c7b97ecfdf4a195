using System.Runtime.CompilerServices;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;

namespace ResourceHub.Graph.Matching;

/// <summary>
/// Helpers by place: a grid of cells about 5 km across holding the ids of the volunteers, social workers,
/// organizations and resources placed in them (their own point or their home area's). Built once per snapshot,
/// on first use.
/// </summary>
internal sealed class SpatialGrid
{
    private const double CellDegrees = 0.05;
    private static readonly ConditionalWeakTable<NetworkSnapshot, SpatialGrid> Grids = [];

    private readonly Dictionary<(int, int), int[]> _cells;

    private SpatialGrid(Dictionary<(int, int), int[]> cells) => _cells = cells;

    public static SpatialGrid Of(NetworkSnapshot snapshot) => Grids.GetValue(snapshot, Build);

    private static SpatialGrid Build(NetworkSnapshot snapshot)
    {
        var lists = new Dictionary<(int, int), List<int>>();
        foreach (var node in snapshot.Nodes())
        {
            if (!HelperRules.IsHelper(node) || NodeFacets.Position(snapshot, node) is not { } p) continue;
            var cell = Cell(p);
            if (!lists.TryGetValue(cell, out var list)) lists[cell] = list = [];
            list.Add((int)node.Id);
        }
        return new SpatialGrid(lists.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray()));
    }

    private static (int, int) Cell(GeoPoint p) => ((int)Math.Floor(p.Lat / CellDegrees), (int)Math.Floor(p.Lon / CellDegrees));

    /// <summary>Calls <paramref name="visit"/> with every helper in the cells that a circle of <paramref name="km"/> around <paramref name="centre"/> touches.</summary>
    public void Near(GeoPoint centre, double km, Action<int> visit)
    {
        var dLat = km / 111.0;
        var dLon = km / (111.0 * Math.Max(0.05, Math.Cos(double.DegreesToRadians(centre.Lat))));
        var (lat0, lon0) = Cell(new GeoPoint(centre.Lat - dLat, centre.Lon - dLon));
        var (lat1, lon1) = Cell(new GeoPoint(centre.Lat + dLat, centre.Lon + dLon));
        for (var a = lat0; a <= lat1; a++)
        {
            for (var o = lon0; o <= lon1; o++)
            {
                if (_cells.TryGetValue((a, o), out var ids))
                {
                    foreach (var id in ids) visit(id);
                }
            }
        }
    }
}
