using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Bench;

/// <summary>
/// The limit: a bare breadth-first search over the snapshot's adjacency arrays (<see cref="NetworkSnapshot.Edges(long, Direction)"/>),
/// from the same sources, to the same hop limit, through the same kinds, with the cheap category filter and a top 10
/// by (hops, id) — no rules, no scoring, no paths. It walks the whole 3-hop neighbourhood over the plain arrays
/// (the engine, on its last hop, marks only candidates and reads busy nodes' neighbours filed by service).
/// Marks are versioned so nothing is cleared per search. One instance per thread.
/// </summary>
internal sealed class BareSearch(NetworkSnapshot snapshot)
{
    private readonly int[] _stamp = new int[snapshot.NodeIdCapacity];
    private readonly List<int> _frontier = [];
    private readonly List<int> _next = [];
    private readonly long[] _top = new long[ComparedQuestion.Top];
    private int _version;

    /// <summary>The answer to <see cref="ComparedQuestion"/> for a need; valid until the next call.</summary>
    public ReadOnlySpan<long> Find(long needId)
    {
        var need = snapshot.Node<Need>(needId) ?? throw new ArgumentException($"{needId} is not a need", nameof(needId));
        var ask = need.Categories[0];
        var chain = ComparedQuestion.AreaChain(snapshot, needId);
        _version++;
        _frontier.Clear();
        foreach (var id in ComparedQuestion.Sources(snapshot, needId))
        {
            if (_stamp[id] == _version) continue;
            _stamp[id] = _version;
            _frontier.Add((int)id);
        }
        var found = 0;
        for (var depth = 1; depth <= ComparedQuestion.MaxHops && _frontier.Count > 0; depth++)
        {
            _next.Clear();
            var firstOfDepth = found;
            foreach (var from in _frontier)
            {
                if (!ComparedQuestion.Expands(snapshot.Node(from)!, chain)) continue;
                Visit(snapshot.Edges(from, Direction.Out).OtherIds, ask, firstOfDepth, ref found);
                Visit(snapshot.Edges(from, Direction.In).OtherIds, ask, firstOfDepth, ref found);
            }
            _frontier.Clear();
            _frontier.AddRange(_next);
        }
        return _top.AsSpan(0, found);
    }

    private void Visit(ReadOnlySpan<int> others, string ask, int firstOfDepth, ref int found)
    {
        foreach (var other in others)
        {
            if (_stamp[other] == _version) continue;
            _stamp[other] = _version;
            _next.Add(other);
            if (!ComparedQuestion.Offers(snapshot.Node(other)!, ask)) continue;
            // Ranked by hops then id: this depth's matches sort by id after the earlier depths' ones.
            if (found < _top.Length) _top[found++] = other;
            else if (firstOfDepth < _top.Length && other < _top[^1]) _top[^1] = other;
            else continue;
            for (var i = found - 1; i > firstOfDepth && _top[i] < _top[i - 1]; i--) (_top[i], _top[i - 1]) = (_top[i - 1], _top[i]);
        }
    }

    /// <summary>Hops from the need to every node within the limit (for checks, not timed).</summary>
    public Dictionary<long, int> Hops(long needId)
    {
        var hops = new Dictionary<long, int>();
        var frontier = new List<long>();
        var chain = ComparedQuestion.AreaChain(snapshot, needId);
        foreach (var id in ComparedQuestion.Sources(snapshot, needId))
        {
            if (hops.TryAdd(id, 0)) frontier.Add(id);
        }
        for (var depth = 1; depth <= ComparedQuestion.MaxHops; depth++)
        {
            var next = new List<long>();
            foreach (var from in frontier)
            {
                if (!ComparedQuestion.Expands(snapshot.Node(from)!, chain)) continue;
                foreach (var dir in (Direction[])[Direction.Out, Direction.In])
                {
                    foreach (var e in snapshot.Edges(from, dir))
                    {
                        if (hops.TryAdd(e.OtherId, depth)) next.Add(e.OtherId);
                    }
                }
            }
            frontier = next;
        }
        return hops;
    }
}
