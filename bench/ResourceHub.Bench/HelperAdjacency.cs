using System.Runtime.CompilerServices;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Matching;
using ResourceHub.Graph.Model;

namespace ResourceHub.Bench;

/// <summary>
/// A what-if for the fix README.md suggests: per node, only the neighbours (either direction) that are helpers,
/// in compressed rows. A search's last hop needs nothing else — nodes first met there are never passed through and
/// only helpers can be candidates — so a hub with 41k activities costs its few helper neighbours there.
/// Built once per snapshot.
/// </summary>
internal sealed class HelperAdjacency
{
    private static readonly ConditionalWeakTable<NetworkSnapshot, HelperAdjacency> Built = [];

    private readonly int[] _offsets;
    private readonly int[] _others;

    private HelperAdjacency(int[] offsets, int[] others)
    {
        _offsets = offsets;
        _others = others;
    }

    public static HelperAdjacency Of(NetworkSnapshot snapshot) => Built.GetValue(snapshot, Build);

    public ReadOnlySpan<int> Of(int id) => _others.AsSpan(_offsets[id], _offsets[id + 1] - _offsets[id]);

    private static HelperAdjacency Build(NetworkSnapshot s)
    {
        var n = (int)s.NodeIdCapacity;
        var offsets = new int[n + 1];
        var others = new List<int>();
        for (var id = 0; id < n; id++)
        {
            offsets[id] = others.Count;
            if (s.Node(id) is null) continue;
            foreach (var dir in (Direction[])[Direction.Out, Direction.In])
            {
                foreach (var other in s.Edges(id, dir).OtherIds)
                {
                    if (HelperRules.IsHelper(s.Node(other)!)) others.Add(other);
                }
            }
        }
        offsets[n] = others.Count;
        return new HelperAdjacency(offsets, [.. others]);
    }
}
