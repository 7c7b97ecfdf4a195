using System.Diagnostics;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Index;

/// <summary>
/// The edges of 1,024 consecutive node slots in one direction, in compressed sparse row form: the edges of
/// slot i are positions [Offsets[i], Offsets[i+1]) of the parallel arrays, grouped by link type and ordered
/// by the other node. Immutable; a change rebuilds only the blocks it touches.
/// </summary>
internal sealed class AdjacencyBlock
{
    private readonly int[] _offsets;
    private readonly int[] _others;
    private readonly int[] _links;
    private readonly LinkType[] _types;

    private AdjacencyBlock(int[] offsets, int[] others, int[] links, LinkType[] types)
    {
        _offsets = offsets;
        _others = others;
        _links = links;
        _types = types;
    }

    public int EdgeCount => _others.Length;

    public EdgeSpan Edges(int local)
    {
        int from = _offsets[local], to = _offsets[local + 1];
        return new EdgeSpan(_others.AsSpan(from, to - from), _links.AsSpan(from, to - from), _types.AsSpan(from, to - from));
    }

    /// <summary>Builds a block from its edges in any order.</summary>
    public static AdjacencyBlock Build(ReadOnlySpan<RawEdge> edges)
    {
        const int n = ChunkedArray<object>.ChunkSize;
        var offsets = new int[n + 1];
        foreach (var e in edges) offsets[e.Local + 1]++;
        for (var i = 0; i < n; i++) offsets[i + 1] += offsets[i];
        var keys = new long[edges.Length];
        var links = new int[edges.Length];
        var next = new int[n];
        Array.Copy(offsets, next, n);
        foreach (var e in edges)
        {
            var p = next[e.Local]++;
            keys[p] = ((long)e.Type << 32) | (uint)e.Other;
            links[p] = e.Link;
        }
        for (var i = 0; i < n; i++)
        {
            var len = offsets[i + 1] - offsets[i];
            if (len > 1) Array.Sort(keys, links, offsets[i], len);
        }
        var others = new int[edges.Length];
        var types = new LinkType[edges.Length];
        for (var p = 0; p < keys.Length; p++)
        {
            others[p] = (int)(uint)keys[p];
            types[p] = (LinkType)(keys[p] >> 32);
        }
        return new AdjacencyBlock(offsets, others, links, types);
    }

    /// <summary>A block equal to this one without the removed links and with the added edges.</summary>
    public AdjacencyBlock With(IReadOnlySet<int> removedLinks, IReadOnlyList<RawEdge> added)
    {
        var edges = new List<RawEdge>(_others.Length + added.Count);
        for (var local = 0; local < _offsets.Length - 1; local++)
        {
            for (var p = _offsets[local]; p < _offsets[local + 1]; p++)
            {
                if (!removedLinks.Contains(_links[p])) edges.Add(new RawEdge(local, _others[p], _links[p], _types[p]));
            }
        }
        edges.AddRange(added);
        Debug.Assert(edges.All(e => e.Local is >= 0 and < ChunkedArray<object>.ChunkSize));
        return Build(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(edges));
    }
}
