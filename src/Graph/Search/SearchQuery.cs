namespace ResourceHub.Graph.Search;

/// <summary>A parsed query: its distinct terms as clauses, in the order written, and what phrase checks compare.</summary>
internal sealed class SearchQuery
{
    private SearchQuery(string text, IReadOnlyList<SearchClause> clauses, int documentTermCount, string compact)
    {
        Text = text;
        Clauses = clauses;
        DocumentTermCount = documentTermCount;
        Compact = compact;
    }

    /// <summary>The text searched for: trimmed and cut to <see cref="NetworkSearch.MaxTextLength"/> characters.</summary>
    public string Text { get; }

    /// <summary>The distinct terms; none when the text has no letter, digit or CJK character.</summary>
    public IReadOnlyList<SearchClause> Clauses { get; }

    /// <summary>How many terms the text would have as a node's field: a name of exactly this text has this length.</summary>
    public int DocumentTermCount { get; }

    /// <summary>The text with only letters, digits and CJK characters, lowercased (<see cref="SearchText.Compact"/>).</summary>
    public string Compact { get; }

    /// <summary>Parses a query: trims it, cuts it to the maximum length, normalises and splits it into terms.</summary>
    public static SearchQuery Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        if (t.Length > NetworkSearch.MaxTextLength)
            t = t[..(char.IsHighSurrogate(t[NetworkSearch.MaxTextLength - 1]) ? NetworkSearch.MaxTextLength - 1 : NetworkSearch.MaxTextLength)].TrimEnd();
        var terms = new List<ulong>();
        SearchText.Tokenize(t, terms, endMarkers: false);
        var clauses = terms.Distinct().Select(SearchText.Clause).ToList();
        terms.Clear();
        SearchText.Tokenize(t, terms, endMarkers: true);
        return new SearchQuery(t, clauses, terms.Count, SearchText.Compact(t));
    }
}
