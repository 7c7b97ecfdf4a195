using System.Runtime.CompilerServices;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Matching;

/// <summary>
/// Open needs by place, in cells about 5 km across; built once per snapshot, on first use. A need is placed at its own
/// point and, when that differs, at its area's: a caller who may not see a need's own point places it by its area.
/// </summary>
internal sealed class NeedGrid
{
    private static readonly ConditionalWeakTable<NetworkSnapshot, NeedGrid> Grids = [];
    private readonly Dictionary<(int, int), List<(long Id, GeoPoint Point)>> _cells;

    private NeedGrid(Dictionary<(int, int), List<(long, GeoPoint)>> cells) => _cells = cells;

    public static NeedGrid Of(NetworkSnapshot snapshot) => Grids.GetValue(snapshot, Build);

    private static NeedGrid Build(NetworkSnapshot snapshot)
    {
        var cells = new Dictionary<(int, int), List<(long, GeoPoint)>>();
        foreach (var need in snapshot.Nodes<Need>())
        {
            if (need.Status != NeedStatus.Open) continue;
            var spec = NeedSpec.Of(snapshot, need);
            var own = HelpFinder.NeedPoint(snapshot, spec);
            var byArea = HelpFinder.NeedPoint(snapshot, spec with { Point = null });
            if (own is { } p) Add(cells, need.Id, p);
            if (byArea is { } a && a != own) Add(cells, need.Id, a);
        }
        return new NeedGrid(cells);
    }

    private static void Add(Dictionary<(int, int), List<(long, GeoPoint)>> cells, long id, GeoPoint p)
    {
        var cell = GeoCells.Of(p);
        if (!cells.TryGetValue(cell, out var list)) cells[cell] = list = [];
        list.Add((id, p));
    }

    /// <summary>Calls <paramref name="visit"/> with every open need placed within <paramref name="km"/> of <paramref name="centre"/> (a need placed twice may come twice).</summary>
    public void Near(GeoPoint centre, double km, Action<long> visit)
    {
        foreach (var cell in GeoCells.Around(centre, km))
        {
            if (!_cells.TryGetValue(cell, out var needs)) continue;
            foreach (var (id, p) in needs)
            {
                if (p.DistanceKm(centre) <= km) visit(id);
            }
        }
    }
}
