namespace ResourceHub.Graph.Search;

/// <summary>One term of a query, as the range of index keys it matches: a single key, or for a Chinese character alone every key that starts with it.</summary>
/// <param name="Low">The smallest key matched.</param>
/// <param name="High">The largest key matched.</param>
internal readonly record struct SearchClause(ulong Low, ulong High)
{
    /// <summary>True when the clause matches more than one key.</summary>
    public bool IsRange => High != Low;

    /// <summary>True when <paramref name="key"/> is one of the keys matched.</summary>
    public bool Matches(ulong key) => key >= Low && key <= High;
}
