using System.Runtime.CompilerServices;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Matching;

/// <summary>Open needs by place (their own point, else their area's), in cells about 5 km across; built once per snapshot, on first use.</summary>
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
            if (need.Status != NeedStatus.Open || HelpFinder.NeedPoint(snapshot, NeedSpec.Of(snapshot, need)) is not { } p) continue;
            var cell = GeoCells.Of(p);
            if (!cells.TryGetValue(cell, out var list)) cells[cell] = list = [];
            list.Add((need.Id, p));
        }
        return new NeedGrid(cells);
    }

    /// <summary>Calls <paramref name="visit"/> with every open need within <paramref name="km"/> of <paramref name="centre"/>.</summary>
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
