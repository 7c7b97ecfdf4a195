using ResourceHub.Graph.Model;

namespace ResourceHub.Schema.Relay;

/// <summary>One page of a connection: its edges, whether there is more either side, and the total counted only when asked.</summary>
public sealed class Page<T>
{
    private readonly Lazy<int> _total;

    /// <summary>A page.</summary>
    public Page(IReadOnlyList<PageEdge<T>> edges, bool hasPreviousPage, bool hasNextPage, Func<int> total)
    {
        Edges = edges;
        HasPreviousPage = hasPreviousPage;
        HasNextPage = hasNextPage;
        _total = new Lazy<int>(total);
    }

    /// <summary>The edges, in order.</summary>
    public IReadOnlyList<PageEdge<T>> Edges { get; }

    /// <summary>Items exist before this page.</summary>
    public bool HasPreviousPage { get; }

    /// <summary>Items exist after this page.</summary>
    public bool HasNextPage { get; }

    /// <summary>How many items the whole list holds; counted on first use.</summary>
    public int TotalCount => _total.Value;

    /// <summary>The same page with its items projected.</summary>
    public Page<TResult> Map<TResult>(Func<T, TResult> project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return new Page<TResult>(Edges.Select(e => new PageEdge<TResult>(project(e.Node), e.Cursor, e.Link)).ToList(),
            HasPreviousPage, HasNextPage, () => TotalCount);
    }

    /// <summary>Cuts a page out of a list in order, by the cursor keys of its items.</summary>
    public static Page<T> Slice(IReadOnlyList<T> ordered, Func<T, CursorKey> keyOf, Comparison<CursorKey> compare, PageRequest request, Func<T, Link?>? linkOf = null)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        ArgumentNullException.ThrowIfNull(keyOf);
        ArgumentNullException.ThrowIfNull(request);
        var start = request.After is { } after ? FirstGreater(ordered, keyOf, compare, after) : 0;
        var end = request.Before is { } before ? FirstGreater(ordered, keyOf, compare, before, orEqual: true) : ordered.Count;
        if (end < start) end = start;
        var from = start;
        var to = end;
        if (request.First is { } first) to = Math.Min(to, from + first);
        else if (request.Last is { } last) from = Math.Max(from, to - last);
        else to = Math.Min(to, from + PageRequest.DefaultPageSize);
        var edges = new List<PageEdge<T>>(to - from);
        for (var i = from; i < to; i++) edges.Add(new PageEdge<T>(ordered[i], keyOf(ordered[i]).Encode(), linkOf?.Invoke(ordered[i])));
        return new Page<T>(edges, from > 0, to < ordered.Count, () => ordered.Count);
    }

    private static int FirstGreater(IReadOnlyList<T> ordered, Func<T, CursorKey> keyOf, Comparison<CursorKey> compare, CursorKey key, bool orEqual = false)
    {
        int lo = 0, hi = ordered.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = compare(keyOf(ordered[mid]), key);
            if (c > 0 || (orEqual && c == 0)) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
