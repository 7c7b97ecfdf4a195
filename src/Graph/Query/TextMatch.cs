namespace ResourceHub.Graph.Query;

/// <summary>A condition on a text: equals, contains, starts with; Latin letters compare without case, Chinese as written.</summary>
public sealed record TextMatch
{
    /// <summary>The whole text equals this.</summary>
    public string? Is { get; init; }

    /// <summary>The text contains this.</summary>
    public string? Contains { get; init; }

    /// <summary>The text starts with this.</summary>
    public string? StartsWith { get; init; }

    /// <summary>True when the text meets every condition given.</summary>
    public bool IsMatch(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return (Is is null || string.Equals(text, Is, StringComparison.OrdinalIgnoreCase)) &&
               (Contains is null || text.Contains(Contains, StringComparison.OrdinalIgnoreCase)) &&
               (StartsWith is null || text.StartsWith(StartsWith, StringComparison.OrdinalIgnoreCase));
    }
}
