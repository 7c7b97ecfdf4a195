namespace ResourceHub.Graph.Search;

/// <summary>The total length, in terms, of each <see cref="SearchField"/> over the indexed nodes.</summary>
internal readonly record struct FieldTotals(long Name, long Description, long Services, long Details)
{
    /// <summary>The total of one field.</summary>
    public long this[SearchField field] => field switch
    {
        SearchField.Name => Name,
        SearchField.Description => Description,
        SearchField.Services => Services,
        _ => Details,
    };

    /// <summary>These totals with a node's packed lengths added.</summary>
    public FieldTotals Add(ulong lengths) => this + Unpack(lengths);

    /// <summary>These totals with a node's packed lengths taken away.</summary>
    public FieldTotals Subtract(ulong lengths) => this - Unpack(lengths);

    /// <summary>The sum of two totals.</summary>
    public static FieldTotals operator +(FieldTotals a, FieldTotals b) =>
        new(a.Name + b.Name, a.Description + b.Description, a.Services + b.Services, a.Details + b.Details);

    /// <summary>The difference of two totals.</summary>
    public static FieldTotals operator -(FieldTotals a, FieldTotals b) =>
        new(a.Name - b.Name, a.Description - b.Description, a.Services - b.Services, a.Details - b.Details);

    private static FieldTotals Unpack(ulong lengths) =>
        new(SearchBlock.Length(lengths, SearchField.Name), SearchBlock.Length(lengths, SearchField.Description),
            SearchBlock.Length(lengths, SearchField.Services), SearchBlock.Length(lengths, SearchField.Details));
}
