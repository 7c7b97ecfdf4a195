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
/// starts with the filings of the one before that its change cannot have altered — of nodes whose links stayed and
/// none of whose neighbours changed — so a write does not make the next search rebuild every busy node's filing.
/// </summary>
internal sealed class HubNeighbours
{
    private static readonly ConditionalWeakTable<NetworkSnapshot, ConcurrentDictionary<long, HubNeighbours>> Built = [];

    // Beyond this many changed nodes and link ends, working out which filings still hold costs more than rebuilding them.
    private const int MaxCarriedChange = 5_000;

    private readonly Entry[]?[] _byService;

    private HubNeighbours(Entry[]?[] byService) => _byService = byService;

    /// <summary>A helper neighbour, the edge that leads to it, and what a search reads of it before the node.</summary>
    public readonly record struct Entry(LinkType Via, Direction Dir, HelperFacts Facts);

    /// <summary>The filing of <paramref name="id"/>'s helper neighbours in <paramref name="snapshot"/>.</summary>
    public static HubNeighbours Of(NetworkSnapshot snapshot, long id) =>
        Built.GetValue(snapshot, CarriedOver).GetOrAdd(id, static (id, s) => Build(s, id), snapshot);

    // The filings of the snapshot before that still hold: not of a node touched or at the end of a changed link, nor of a
    // node with a touched neighbour (before or after the change), whose facts or services may have changed.
    private static ConcurrentDictionary<long, HubNeighbours> CarriedOver(NetworkSnapshot snapshot)
    {
        var carried = new ConcurrentDictionary<long, HubNeighbours>();
        if (!snapshot.TryGetParent(out var parent, out var touched) || !Built.TryGetValue(parent, out var before) || before.IsEmpty) return carried;
        var ends = snapshot.ChangedLinkEnds;
        if (touched.Count + ends.Count > MaxCarriedChange) return carried;
        var stale = new HashSet<long>(ends);
        foreach (var id in touched)
        {
            stale.Add(id);
            foreach (var s in (ReadOnlySpan<NetworkSnapshot>)[parent, snapshot])
            {
                foreach (var dir in (ReadOnlySpan<Direction>)[Direction.Out, Direction.In])
                {
                    var edges = s.Edges(id, dir);
                    for (var k = 0; k < edges.Count; k++) stale.Add(edges.OtherIds[k]);
                }
            }
        }
        foreach (var (id, filing) in before)
        {
            if (!stale.Contains(id)) carried[id] = filing;
        }
        return carried;
    }

    /// <summary>How many nodes' filings <paramref name="snapshot"/> holds (carried over or built), for tests.</summary>
    internal static int Filed(NetworkSnapshot snapshot) => Built.GetValue(snapshot, CarriedOver).Count;

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
        foreach (var dir in (ReadOnlySpan<Direction>)[Direction.Out, Direction.In])
        {
            var edges = s.Edges(id, dir);
            for (var k = 0; k < edges.Count; k++)
            {
                var other = edges.OtherIds[k];
                if (other == id || !filed.Add(other)) continue;
                if (s.ServicesOf(other) == ServiceSet.Empty || HelperFacts.Of(s, s.Node(other)!) is not { } facts) continue;
                var entry = new Entry(edges[k].Type, dir, facts);
                foreach (var bit in facts.Services.BitNumbers()) (lists[bit] ??= []).Add(entry);
            }
        }
        return new HubNeighbours([.. lists.Select(l => l?.ToArray())]);
    }
}
