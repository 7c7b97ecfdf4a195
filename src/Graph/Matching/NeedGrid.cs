using System.Runtime.CompilerServices;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Matching;

/// <summary>
/// Open needs by place, in cells about 5 km across; built on first use, then carried over to each next snapshot as it is
/// made (only the needs a change may place differently are placed again). A need is placed at its own point and, when
/// that differs, at its area's: a caller who may not see a need's own point places it by its area.
/// </summary>
internal sealed class NeedGrid
{
    private static readonly ConditionalWeakTable<NetworkSnapshot, NeedGrid> Grids = [];
    private readonly Dictionary<(int, int), List<(long Id, GeoPoint Point)>> _cells;

    private NeedGrid(Dictionary<(int, int), List<(long, GeoPoint)>> cells, bool updated)
    {
        _cells = cells;
        Updated = updated;
    }

    /// <summary>True when made from the grid of the snapshot before, not built whole.</summary>
    internal bool Updated { get; }

    public static NeedGrid Of(NetworkSnapshot snapshot) => Grids.GetValue(snapshot, Build);

    /// <summary>
    /// Called as a snapshot is made from its parent: when the parent's grid was built, the new snapshot's is made from it
    /// now, so the first search after a write does not build one whole.
    /// </summary>
    internal static void CarryOver(NetworkSnapshot next)
    {
        if (next.TryGetParent(out var parent, out var touched) && Grids.TryGetValue(parent, out var before))
            Grids.AddOrUpdate(next, before.Update(parent, next, touched));
    }

    /// <summary>The grid of <paramref name="snapshot"/> built from all its needs.</summary>
    internal static NeedGrid Build(NetworkSnapshot snapshot)
    {
        var cells = new Dictionary<(int, int), List<(long, GeoPoint)>>();
        foreach (var need in snapshot.Nodes<Need>())
        {
            foreach (var p in Placements(snapshot, need)) Add(cells, need.Id, p);
        }
        return new NeedGrid(cells, updated: false);
    }

    // Where an open need is placed: at its own point, and at its area's when that differs.
    private static IEnumerable<GeoPoint> Placements(NetworkSnapshot snapshot, Need need)
    {
        if (need.Status != NeedStatus.Open) yield break;
        var spec = NeedSpec.Of(snapshot, need);
        var own = HelpFinder.NeedPoint(snapshot, spec);
        var byArea = HelpFinder.NeedPoint(snapshot, spec with { Point = null });
        if (own is { } p) yield return p;
        if (byArea is { } a && a != own) yield return a;
    }

    // The grid of the next snapshot: the needs a change may place differently leave the cells they were in and are placed
    // again; every other cell is shared. A need's place follows the need, its LOCATED_IN area, and its owner (the HAS_NEED
    // link's other end) and the owner's area: so the needs among the nodes touched and the ends of links changed, and the
    // needs those nodes own, before and after.
    private NeedGrid Update(NetworkSnapshot parent, NetworkSnapshot next, IReadOnlySet<long> touched)
    {
        var affected = new HashSet<long>();
        void Consider(long id)
        {
            foreach (var s in (ReadOnlySpan<NetworkSnapshot>)[parent, next])
            {
                switch (s.Node(id))
                {
                    case Need:
                        affected.Add(id);
                        break;
                    case { }:
                        foreach (var e in s.Edges(id, Direction.Out, LinkType.HasNeed)) affected.Add(e.OtherId);
                        break;
                }
            }
        }
        foreach (var id in touched) Consider(id);
        foreach (var id in next.ChangedLinkEnds) Consider(id);

        var cells = new Dictionary<(int, int), List<(long Id, GeoPoint Point)>>(_cells);
        var copied = new HashSet<(int, int)>();
        List<(long Id, GeoPoint Point)> Writable((int, int) cell)
        {
            if (copied.Add(cell)) cells[cell] = cells.TryGetValue(cell, out var shared) ? [.. shared] : [];
            return cells[cell];
        }
        foreach (var id in affected)
        {
            if (parent.Node(id) is not Need was) continue;
            foreach (var p in Placements(parent, was)) Writable(GeoCells.Of(p)).RemoveAll(e => e.Id == id);
        }
        foreach (var id in affected)
        {
            if (next.Node(id) is not Need now) continue;
            foreach (var p in Placements(next, now)) Writable(GeoCells.Of(p)).Add((id, p));
        }
        foreach (var cell in copied)
        {
            if (cells[cell].Count == 0) cells.Remove(cell);
        }
        return new NeedGrid(cells, updated: true);
    }

    /// <summary>Every cell and what it holds, in order: for a test to hold a grid carried over against one built whole.</summary>
    internal string Dump() => string.Join('\n', _cells.OrderBy(c => c.Key).Select(c =>
        $"{c.Key}: {string.Join(' ', c.Value.OrderBy(e => e.Id).ThenBy(e => e.Point.Lat).ThenBy(e => e.Point.Lon).Select(e => $"{e.Id}@{e.Point.Lat:F6},{e.Point.Lon:F6}"))}"));

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
