using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Taxonomy;

namespace ResourceHub.Graph.Matching;

/// <summary>
/// The helper neighbours of a busy node (a city-wide partner with tens of thousands of members and donations),
/// filed by the services they offer. A search's last hop only looks for candidates, so from such a node it costs
/// the neighbours that offer something related to the ask instead of all its links. Each neighbour is filed once,
/// under the edge a full scan would have marked it by (out before in, then the block's order). Built per snapshot
/// and node on first use; a snapshot never changes, so the filing is always current. A snapshot applied to another
/// starts with the filings of the one before: as they were where none of a node's neighbours changed, with the entries
/// of the neighbours that changed filed again where some did, and none for a node whose links changed (rebuilt on
/// first use) — so a write near a busy node costs its neighbours that changed, not its tens of thousands of others.
/// </summary>
internal sealed class HubNeighbours
{
    private static readonly ConditionalWeakTable<NetworkSnapshot, ConcurrentDictionary<long, HubNeighbours>> Built = [];

    // Beyond this many changed nodes and link ends, working out which filings still hold costs more than rebuilding them.
    private const int MaxCarriedChange = 5_000;

    private readonly Entry[]?[] _byService;

    private HubNeighbours(Entry[]?[] byService) => _byService = byService;

    /// <summary>A helper neighbour, the edge that leads to it, and what a search reads of it before the node.</summary>
    /// <param name="Via">The type of the edge that leads to it.</param>
    /// <param name="Dir">Which way that edge goes.</param>
    /// <param name="Facts">What a search reads of it before the node.</param>
    /// <param name="Rank">Where its edge comes in a full scan, which keeps each list in scan order.</param>
    public readonly record struct Entry(LinkType Via, Direction Dir, HelperFacts Facts, int Rank);

    /// <summary>The filing of <paramref name="id"/>'s helper neighbours in <paramref name="snapshot"/>.</summary>
    public static HubNeighbours Of(NetworkSnapshot snapshot, long id) =>
        Built.GetValue(snapshot, CarriedOver).GetOrAdd(id, static (id, s) => Build(s, id), snapshot);

    // The filings of the snapshot before, for the snapshot applied to it: none of a node at the end of a changed link; the
    // entries of touched neighbours (whose facts or services may have changed) filed again; the rest shared as they were.
    private static ConcurrentDictionary<long, HubNeighbours> CarriedOver(NetworkSnapshot snapshot)
    {
        var carried = new ConcurrentDictionary<long, HubNeighbours>();
        if (!snapshot.TryGetParent(out var parent, out var touched) || !Built.TryGetValue(parent, out var before) || before.IsEmpty) return carried;
        var ends = snapshot.ChangedLinkEnds;
        if (touched.Count + ends.Count > MaxCarriedChange) return carried;
        var changed = new Dictionary<long, HashSet<long>>();
        foreach (var id in touched)
        {
            foreach (var s in (ReadOnlySpan<NetworkSnapshot>)[parent, snapshot])
            {
                foreach (var dir in (ReadOnlySpan<Direction>)[Direction.Out, Direction.In])
                {
                    var edges = s.Edges(id, dir);
                    for (var k = 0; k < edges.Count; k++)
                    {
                        var other = edges.OtherIds[k];
                        if (other == id || ends.Contains(other) || !before.ContainsKey(other)) continue;
                        if (!changed.TryGetValue(other, out var set)) changed[other] = set = [];
                        set.Add(id);
                    }
                }
            }
        }
        foreach (var (id, filing) in before)
        {
            if (ends.Contains(id)) continue;
            carried[id] = changed.TryGetValue(id, out var neighbours) ? filing.Refiled(parent, snapshot, id, neighbours) : filing;
        }
        return carried;
    }

    // This filing with each of the neighbours given filed again as it now is (or no longer, when it is no helper now).
    private HubNeighbours Refiled(NetworkSnapshot parent, NetworkSnapshot s, long id, IEnumerable<long> neighbours)
    {
        var lists = (Entry[]?[])_byService.Clone();
        foreach (var other in neighbours)
        {
            Entry? old = null;
            foreach (var bit in parent.ServicesOf(other).BitNumbers())
            {
                if (lists[bit] is not { } list || Array.FindIndex(list, e => e.Facts.Id == other) is not (>= 0 and var at)) continue;
                old = list[at];
                lists[bit] = list.Length == 1 ? null : [.. list.AsSpan(0, at), .. list.AsSpan(at + 1)];
            }
            if (s.ServicesOf(other) == ServiceSet.Empty || s.Node(other) is not { } node || HelperFacts.Of(s, node) is not { } facts) continue;
            if ((old is { } o ? o with { Facts = facts } : FirstEdge(s, id, other, facts)) is not { } entry) continue;
            foreach (var bit in facts.Services.BitNumbers())
            {
                var list = lists[bit] ?? [];
                var at = 0;
                while (at < list.Length && list[at].Rank < entry.Rank) at++;
                lists[bit] = [.. list.AsSpan(0, at), entry, .. list.AsSpan(at)];
            }
        }
        return new HubNeighbours(lists);
    }

    // The entry a full scan would file a neighbour under: its first edge, out before in.
    private static Entry? FirstEdge(NetworkSnapshot s, long id, long other, HelperFacts facts)
    {
        var rank = 0;
        foreach (var dir in (ReadOnlySpan<Direction>)[Direction.Out, Direction.In])
        {
            var edges = s.Edges(id, dir);
            for (var k = 0; k < edges.Count; k++, rank++)
            {
                if (edges.OtherIds[k] == other) return new Entry(edges[k].Type, dir, facts, rank);
            }
        }
        return null;
    }

    /// <summary>Gives a snapshot just applied the filings of its parent that still hold, so the chain never breaks at a snapshot no search read.</summary>
    internal static void CarryOver(NetworkSnapshot next)
    {
        if (next.TryGetParent(out var parent, out _) && Built.TryGetValue(parent, out var before) && !before.IsEmpty) Built.GetValue(next, CarriedOver);
    }

    /// <summary>The nodes whose filings <paramref name="snapshot"/> holds (carried over or built), for tests.</summary>
    internal static IReadOnlyCollection<long> Filed(NetworkSnapshot snapshot) => [.. Built.GetValue(snapshot, CarriedOver).Keys];

    /// <summary>A node's filing built afresh, and a filing's entries as text, for tests to hold a carried filing against.</summary>
    internal static IReadOnlyList<string> Describe(NetworkSnapshot snapshot, long id, bool afresh) =>
        [.. (afresh ? Build(snapshot, id) : Of(snapshot, id))._byService.SelectMany((l, bit) => (l ?? []).Select(e => $"{bit} {e.Via} {e.Dir} {e.Rank} {e.Facts}"))];

    /// <summary>The neighbours offering a code of <paramref name="services"/>, one list per code; a neighbour offering several comes once per code.</summary>
    public IEnumerable<Entry[]> Offering(ServiceSet services)
    {
        foreach (var bit in services.BitNumbers())
        {
            if (_byService[bit] is { } entries) yield return entries;
        }
    }

    private static HubNeighbours Build(NetworkSnapshot s, long id)
    {
        var lists = new List<Entry>?[128];
        var filed = new HashSet<int>();
        var rank = 0;
        foreach (var dir in (ReadOnlySpan<Direction>)[Direction.Out, Direction.In])
        {
            var edges = s.Edges(id, dir);
            for (var k = 0; k < edges.Count; k++, rank++)
            {
                var other = edges.OtherIds[k];
                if (other == id || !filed.Add(other)) continue;
                if (s.ServicesOf(other) == ServiceSet.Empty || HelperFacts.Of(s, s.Node(other)!) is not { } facts) continue;
                var entry = new Entry(edges[k].Type, dir, facts, rank);
                foreach (var bit in facts.Services.BitNumbers()) (lists[bit] ??= []).Add(entry);
            }
        }
        return new HubNeighbours([.. lists.Select(l => l?.ToArray())]);
    }
}
