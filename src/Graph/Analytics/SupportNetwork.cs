using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Analytics;

/// <summary>
/// The support network of an area as a graph to measure: its areas, and the organizations, social workers,
/// volunteers, resources, activities and projects located in it or serving it (or an area above it), joined by the
/// ties between them — every link but residence (<see cref="LinkType.LocatedIn"/>) and the nesting of areas — taken
/// undirected, a pair tied twice counted once. Elders, needs and the records of the people served are not part of it:
/// what it answers is the same for every caller. Built once per snapshot and area, as compact arrays (CSR).
/// </summary>
public sealed class SupportNetwork
{
    private static readonly ConditionalWeakTable<NetworkSnapshot, ConcurrentDictionary<long, SupportNetwork>> Built = [];

    private readonly Dictionary<long, int> _index;
    private readonly int[] _offsets;
    private readonly int[] _targets;

    private SupportNetwork(long areaId, long[] ids, Dictionary<long, int> index, int[] offsets, int[] targets)
    {
        AreaId = areaId;
        Ids = ids;
        _index = index;
        _offsets = offsets;
        _targets = targets;
    }

    /// <summary>The area it is the support network of.</summary>
    public long AreaId { get; }

    /// <summary>The node ids, by position; ascending.</summary>
    public IReadOnlyList<long> Ids { get; }

    /// <summary>How many nodes.</summary>
    public int NodeCount => Ids.Count;

    /// <summary>How many ties (undirected, each pair once).</summary>
    public int TieCount => _targets.Length / 2;

    /// <summary>The position of a node, or -1 when it is not part of the network.</summary>
    public int IndexOf(long id) => _index.TryGetValue(id, out var i) ? i : -1;

    /// <summary>The positions of the nodes tied to the node at <paramref name="position"/>.</summary>
    public ReadOnlySpan<int> Neighbours(int position) => _targets.AsSpan(_offsets[position], _offsets[position + 1] - _offsets[position]);

    /// <summary>True for the kinds the support network is made of.</summary>
    public static bool IsMember(NodeKind kind) =>
        kind is NodeKind.Area or NodeKind.Organization or NodeKind.SocialWorker or NodeKind.Volunteer or NodeKind.Resource or NodeKind.Activity or NodeKind.Project;

    /// <summary>The support network of an area in this snapshot (built on first use, then kept with the snapshot).</summary>
    public static SupportNetwork Of(NetworkSnapshot snapshot, long areaId)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Node(areaId) is not Area) throw new ArgumentException($"node {areaId} is not an area", nameof(areaId));
        return Built.GetValue(snapshot, _ => new()).GetOrAdd(areaId, a => Build(snapshot, a));
    }

    private static SupportNetwork Build(NetworkSnapshot s, long areaId)
    {
        var members = new HashSet<long>();
        var subtree = s.Subtree(areaId);
        foreach (var area in subtree)
        {
            members.Add(area);
            foreach (var e in s.Edges(area, Direction.In, LinkType.LocatedIn)) AddMember(s, members, e.OtherId);
            foreach (var e in s.Edges(area, Direction.In, LinkType.Serves)) AddMember(s, members, e.OtherId);
        }
        foreach (var above in s.Ancestors(areaId))
        {
            foreach (var e in s.Edges(above, Direction.In, LinkType.Serves)) AddMember(s, members, e.OtherId);
        }

        var ids = members.Order().ToArray();
        var index = new Dictionary<long, int>(ids.Length);
        for (var i = 0; i < ids.Length; i++) index[ids[i]] = i;
        // Every link is read from both its ends, so each tie comes out at both; a pair tied twice is kept once (stamped).
        var lists = new List<int>[ids.Length];
        var stamp = new int[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            var list = lists[i] = [];
            var isArea = s.KindOf(ids[i]) == NodeKind.Area;
            foreach (var direction in (ReadOnlySpan<Direction>)[Direction.Out, Direction.In])
            {
                foreach (var e in s.Edges(ids[i], direction))
                {
                    if (e.Type == LinkType.LocatedIn || (e.Type == LinkType.PartOf && isArea)) continue;
                    if (!index.TryGetValue(e.OtherId, out var j) || j == i || stamp[j] == i + 1) continue;
                    stamp[j] = i + 1;
                    list.Add(j);
                }
            }
        }
        var offsets = new int[ids.Length + 1];
        for (var i = 0; i < ids.Length; i++) offsets[i + 1] = offsets[i] + lists[i].Count;
        var targets = new int[offsets[^1]];
        for (var i = 0; i < ids.Length; i++)
        {
            lists[i].Sort();
            lists[i].CopyTo(targets, offsets[i]);
        }
        return new SupportNetwork(areaId, ids, index, offsets, targets);
    }

    private static void AddMember(NetworkSnapshot s, HashSet<long> members, long id)
    {
        if (IsMember(s.KindOf(id))) members.Add(id);
    }
}
