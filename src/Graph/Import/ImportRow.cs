namespace ResourceHub.Graph.Import;

/// <summary>One record of an import file: where it was read and its fields by canonical column name.</summary>
/// <param name="File">The file's name as given.</param>
/// <param name="Line">The line it starts on, 1 first (a CSV's header is line 1).</param>
/// <param name="Section">What it is: a node kind (Area, Organization, SocialWorker, Volunteer, Resource) or Link.</param>
/// <param name="Fields">Its values by canonical column name; a list is kept as one text, items split by ; or 、.</param>
public sealed record ImportRow(string File, int Line, string Section, IReadOnlyDictionary<string, string> Fields)
{
    /// <summary>The field's value, trimmed; null when absent or empty.</summary>
    public string? this[string column] => Fields.TryGetValue(column, out var v) && v.Trim() is { Length: > 0 } t ? t : null;
}
