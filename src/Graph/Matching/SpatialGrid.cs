using System.Runtime.CompilerServices;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;
using ResourceHub.Graph.Taxonomy;

namespace ResourceHub.Graph.Matching;

/// <summary>
/// Helpers by place: a grid of cells about 5 km across holding the volunteers, social workers, organizations and
/// resources placed in them (their own point or their home area's), with what matching reads of each before the
/// node: codes, point, weekly hours and standing (track record, load). One per snapshot, on first use: from the
/// grid of the snapshot it was applied to when that one has a grid (only the cells of the touched nodes are copied),
/// else built whole.
/// </summary>
internal sealed class SpatialGrid
{
    private static readonly ConditionalWeakTable<NetworkSnapshot, SpatialGrid> Grids = [];

    private readonly Dictionary<(int, int), Cell> _cells;

    private SpatialGrid(Dictionary<(int, int), Cell> cells, bool updated)
    {
        _cells = cells;
        Updated = updated;
    }

    /// <summary>True when this grid was made from the grid of the snapshot before, not built whole.</summary>
    internal bool Updated { get; }

    /// <summary>The helpers of one cell, in id order: their codes apart, so a search filters a cell by reading them in order, and their facts.</summary>
    private sealed record Cell(ServiceSet[] Services, HelperFacts[] Facts);

    public static SpatialGrid Of(NetworkSnapshot snapshot) => Grids.GetValue(snapshot, Create);

    /// <summary>
    /// Gives a snapshot just applied its grid from its parent's, when the parent has one: done as each snapshot is made,
    /// so the chain of grids never breaks at a snapshot no search read (the next search would build a whole grid).
    /// </summary>
    internal static void CarryOver(NetworkSnapshot next)
    {
        if (next.TryGetParent(out var parent, out _) && Grids.TryGetValue(parent, out _)) Of(next);
    }

    private static SpatialGrid Create(NetworkSnapshot snapshot) =>
        snapshot.TryGetParent(out var parent, out var touched) && Grids.TryGetValue(parent, out var before)
            ? before.Update(parent, snapshot, touched)
            : Build(snapshot);

    /// <summary>The grid of <paramref name="snapshot"/> built from all its nodes.</summary>
    internal static SpatialGrid Build(NetworkSnapshot snapshot)
    {
        var lists = new Dictionary<(int, int), List<HelperFacts>>();
        foreach (var node in snapshot.Nodes())
        {
            if (Placed(snapshot, node) is not { Point: { } p } facts) continue;
            var cell = GeoCells.Of(p);
            if (!lists.TryGetValue(cell, out var list)) lists[cell] = list = [];
            list.Add(facts);
        }
        return new SpatialGrid(lists.ToDictionary(kv => kv.Key, kv => CellOf(kv.Value)), updated: false);
    }

    // The grid of the next snapshot: the cells that touched nodes leave or enter are rebuilt, the others shared.
    private SpatialGrid Update(NetworkSnapshot parent, NetworkSnapshot next, IReadOnlySet<long> touched)
    {
        var changed = new Dictionary<(int, int), List<HelperFacts>>();
        List<HelperFacts> Changed((int, int) cell)
        {
            if (!changed.TryGetValue(cell, out var list))
            {
                list = _cells.TryGetValue(cell, out var c) ? [.. c.Facts] : [];
                changed[cell] = list;
            }
            return list;
        }
        foreach (var id in touched)
        {
            if (parent.Node(id) is { } old && Placed(parent, old) is { Point: { } was }) Changed(GeoCells.Of(was)).RemoveAll(e => e.Id == id);
            if (next.Node(id) is { } node && Placed(next, node) is { Point: { } now } facts) Changed(GeoCells.Of(now)).Add(facts);
        }
        var cells = new Dictionary<(int, int), Cell>(_cells);
        foreach (var (cell, list) in changed)
        {
            if (list.Count == 0) cells.Remove(cell);
            else
            {
                list.Sort((a, b) => a.Id.CompareTo(b.Id));
                cells[cell] = CellOf(list);
            }
        }
        return new SpatialGrid(cells, updated: true);
    }

    // A helper with a place: the grid holds only those.
    private static HelperFacts? Placed(NetworkSnapshot s, Node node) => HelperFacts.Of(s, node) is { Point: not null } facts ? facts : null;

    private static Cell CellOf(List<HelperFacts> facts) => new([.. facts.Select(f => f.Services)], [.. facts]);

    /// <summary>Every cell and its helpers, one line each in a fixed order, for tests that compare grids.</summary>
    internal string Dump() => string.Join('\n', _cells.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}: {string.Join(' ', kv.Value.Facts)}"));

    /// <summary>Calls <paramref name="visit"/> with every helper in the cells that a circle of <paramref name="km"/> around <paramref name="centre"/> touches.</summary>
    public void Near(GeoPoint centre, double km, Action<int> visit)
    {
        foreach (var cell in GeoCells.Around(centre, km))
        {
            if (!_cells.TryGetValue(cell, out var c)) continue;
            foreach (var f in c.Facts) visit(f.Id);
        }
    }

    /// <summary>
    /// Calls <paramref name="visit"/> with the facts of every helper offering a code of <paramref name="services"/> in
    /// the cells that a circle of <paramref name="km"/> around <paramref name="centre"/> touches. The visitor measures
    /// the distance, after its cheaper checks.
    /// </summary>
    public void Near(GeoPoint centre, double km, ServiceSet services, Visitor visit)
    {
        foreach (var cell in GeoCells.Around(centre, km))
        {
            if (!_cells.TryGetValue(cell, out var c)) continue;
            for (var i = 0; i < c.Services.Length; i++)
            {
                if (c.Services[i].Overlaps(services)) visit(in c.Facts[i]);
            }
        }
    }

    /// <summary>What <see cref="Near(GeoPoint, double, ServiceSet, Visitor)"/> hands over of each helper.</summary>
    public delegate void Visitor(in HelperFacts facts);
}
