using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Index;

/// <summary>The edges of one node in one direction, grouped by link type then ordered by the other node; no allocation.</summary>
public readonly ref struct EdgeSpan
{
    private readonly ReadOnlySpan<int> _others;
    private readonly ReadOnlySpan<int> _links;
    private readonly ReadOnlySpan<LinkType> _types;

    internal EdgeSpan(ReadOnlySpan<int> others, ReadOnlySpan<int> links, ReadOnlySpan<LinkType> types)
    {
        _others = others;
        _links = links;
        _types = types;
    }

    /// <summary>How many edges.</summary>
    public int Count => _others.Length;

    /// <summary>The ids of the nodes at the other ends, in edge order.</summary>
    public ReadOnlySpan<int> OtherIds => _others;

    /// <summary>The edge at position <paramref name="i"/>.</summary>
    public Edge this[int i] => new(_others[i], _links[i], _types[i]);

    /// <summary>The edges of one link type (a sub-span).</summary>
    public EdgeSpan OfType(LinkType type)
    {
        var start = _types.IndexOf(type);
        if (start < 0) return default;
        var end = start;
        while (end < _types.Length && _types[end] == type) end++;
        return new EdgeSpan(_others[start..end], _links[start..end], _types[start..end]);
    }

    /// <summary>Enumerates the edges.</summary>
    public Enumerator GetEnumerator() => new(this);

    /// <summary>Enumerator over an <see cref="EdgeSpan"/>.</summary>
    public ref struct Enumerator
    {
        private readonly EdgeSpan _span;
        private int _i;

        internal Enumerator(EdgeSpan span)
        {
            _span = span;
            _i = -1;
        }

        /// <summary>The current edge.</summary>
        public readonly Edge Current => _span[_i];

        /// <summary>Moves to the next edge.</summary>
        public bool MoveNext() => ++_i < _span.Count;
    }
}
