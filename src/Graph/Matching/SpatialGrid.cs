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
            var cell = GeoCells.Of(p);
            if (!lists.TryGetValue(cell, out var list)) lists[cell] = list = [];
            list.Add((int)node.Id);
        }
        return new SpatialGrid(lists.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray()));
    }

    /// <summary>Calls <paramref name="visit"/> with every helper in the cells that a circle of <paramref name="km"/> around <paramref name="centre"/> touches.</summary>
    public void Near(GeoPoint centre, double km, Action<int> visit)
    {
        foreach (var cell in GeoCells.Around(centre, km))
        {
            if (!_cells.TryGetValue(cell, out var ids)) continue;
            foreach (var id in ids) visit(id);
        }
    }
}
