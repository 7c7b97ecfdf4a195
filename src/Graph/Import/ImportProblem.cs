namespace ResourceHub.Graph.Import;

/// <summary>Something wrong with an import, where it is: the file, the line and the column (or none for the whole file).</summary>
/// <param name="File">The file.</param>
/// <param name="Line">The line, or 0 for the file as a whole.</param>
/// <param name="Column">The column (canonical name), or null.</param>
/// <param name="Message">What is wrong.</param>
public sealed record ImportProblem(string File, int Line, string? Column, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Line > 0 ? $"{File}:{Line}{(Column is null ? "" : $" [{Column}]")}: {Message}" : $"{File}: {Message}";
}
