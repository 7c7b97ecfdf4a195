namespace ResourceHub.Graph.Import;

/// <summary>What an import did: how much it wrote at which change, or why it wrote nothing.</summary>
/// <param name="Nodes">Nodes created.</param>
/// <param name="Links">Links created.</param>
/// <param name="Sequence">The change it was committed as; 0 when nothing was written.</param>
/// <param name="Replayed">True when these very files were imported before: nothing was written again.</param>
/// <param name="Problems">Why nothing was written, each where it is; empty when it was.</param>
/// <param name="Encodings">The encoding each file was read in, by file.</param>
public sealed record ImportOutcome(int Nodes, int Links, long Sequence, bool Replayed, IReadOnlyList<ImportProblem> Problems, IReadOnlyDictionary<string, string> Encodings)
{
    /// <summary>True when the import was written (now or before).</summary>
    public bool Succeeded => Problems.Count == 0;
}
