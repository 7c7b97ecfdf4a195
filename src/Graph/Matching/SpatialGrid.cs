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

    /// <summary>The helpers of one cell, in id order, and side by side what matching reads of them, so a search filters a cell by reading it in order.</summary>
    private sealed record Cell(int[] Ids, ServiceSet[] Services, GeoPoint[] Points, WeeklySchedule[] Hours, (double TrackRecord, double? Load)[] Standing);

    private readonly record struct Entry(int Id, ServiceSet Services, GeoPoint Point, WeeklySchedule Hours, (double, double?) Standing);

    public static SpatialGrid Of(NetworkSnapshot snapshot) => Grids.GetValue(snapshot, Create);

    private static SpatialGrid Create(NetworkSnapshot snapshot) =>
        snapshot.TryGetParent(out var parent, out var touched) && Grids.TryGetValue(parent, out var before)
            ? before.Update(parent, snapshot, touched)
            : Build(snapshot);

    /// <summary>The grid of <paramref name="snapshot"/> built from all its nodes.</summary>
    internal static SpatialGrid Build(NetworkSnapshot snapshot)
    {
        var lists = new Dictionary<(int, int), List<Entry>>();
        foreach (var node in snapshot.Nodes())
        {
            if (EntryOf(snapshot, node) is not { } entry) continue;
            var cell = GeoCells.Of(entry.Point);
            if (!lists.TryGetValue(cell, out var list)) lists[cell] = list = [];
            list.Add(entry);
        }
        return new SpatialGrid(lists.ToDictionary(kv => kv.Key, kv => CellOf(kv.Value)), updated: false);
    }

    // The grid of the next snapshot: the cells that touched nodes leave or enter are rebuilt, the others shared.
    private SpatialGrid Update(NetworkSnapshot parent, NetworkSnapshot next, IReadOnlySet<long> touched)
    {
        var changed = new Dictionary<(int, int), List<Entry>>();
        List<Entry> Changed((int, int) cell)
        {
            if (!changed.TryGetValue(cell, out var list))
            {
                list = [];
                if (_cells.TryGetValue(cell, out var c))
                {
                    for (var i = 0; i < c.Ids.Length; i++) list.Add(new Entry(c.Ids[i], c.Services[i], c.Points[i], c.Hours[i], c.Standing[i]));
                }
                changed[cell] = list;
            }
            return list;
        }
        foreach (var id in touched)
        {
            if (parent.Node(id) is { } old && EntryOf(parent, old) is { } was) Changed(GeoCells.Of(was.Point)).RemoveAll(e => e.Id == id);
            if (next.Node(id) is { } node && EntryOf(next, node) is { } now) Changed(GeoCells.Of(now.Point)).Add(now);
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

    private static Entry? EntryOf(NetworkSnapshot s, Node node) =>
        HelperRules.IsHelper(node) && NodeFacets.Position(s, node) is { } p
            ? new Entry((int)node.Id, s.ServicesOf(node.Id), p, HelperRules.Schedule(node), HelperRules.Standing(s, node))
            : null;

    private static Cell CellOf(List<Entry> entries) =>
        new([.. entries.Select(e => e.Id)], [.. entries.Select(e => e.Services)], [.. entries.Select(e => e.Point)],
            [.. entries.Select(e => e.Hours)], [.. entries.Select(e => e.Standing)]);

    /// <summary>Every cell and its entries, one line each in a fixed order, for tests that compare grids.</summary>
    internal string Dump() => string.Join('\n', _cells.OrderBy(kv => kv.Key).Select(kv =>
        $"{kv.Key}: {string.Join(' ', Enumerable.Range(0, kv.Value.Ids.Length).Select(i => $"{kv.Value.Ids[i]}/{kv.Value.Services[i]}/{kv.Value.Points[i]}/{kv.Value.Hours[i]}/{kv.Value.Standing[i]}"))}"));

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
