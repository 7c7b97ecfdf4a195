namespace ResourceHub.Graph.Export.Hsds;

/// <summary>The HSDS API's full-text search: every word of the query appears in one of the texts, case aside (Chinese as it is).</summary>
public static class HsdsText
{
    /// <summary>The words of a query: split at white space (ASCII or the ideographic space); empty for none.</summary>
    public static string[] Words(string? query) =>
        string.IsNullOrWhiteSpace(query) ? [] : query.Split([' ', '\t', '\u3000'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>True when every word appears in some text; true for no words.</summary>
    public static bool Matches(IReadOnlyList<string> words, params ReadOnlySpan<string?> texts)
    {
        ArgumentNullException.ThrowIfNull(words);
        foreach (var word in words)
        {
            var found = false;
            foreach (var text in texts)
            {
                if (text is not null && text.Contains(word, StringComparison.OrdinalIgnoreCase))
                {
                    found = true;
                    break;
                }
            }
            if (!found) return false;
        }
        return true;
    }
}
