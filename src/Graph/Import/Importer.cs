using System.Security.Cryptography;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Persistence;

namespace ResourceHub.Graph.Import;

/// <summary>
/// An import from start to end: read every file, plan one change set, and commit it through the write path as one
/// transaction — all or nothing — under an idempotency key made of the files' names and bytes. A run that crashed
/// before its commit wrote nothing and is simply run again; one that crashed after it finds its key and writes
/// nothing twice. The write path's own rules (codes, links, everything a commit is held to) are told back with the
/// file and line they came from.
/// </summary>
public static class Importer
{
    /// <summary>The caller an import writes as: the operator, who holds the database.</summary>
    public static Caller Operator { get; } = new() { Subject = "import", Roles = Roles.Admin };

    /// <summary>What a step of the import is doing, for a progress bar: the step's name and how far it is, 0 to 1.</summary>
    public delegate void Progress(string step, double done);

    /// <summary>Imports the files (name and bytes each), or, with <paramref name="dryRun"/>, checks them without writing.</summary>
    public static async Task<ImportOutcome> RunAsync(NetworkWriter writer, NetworkSnapshot snapshot, IReadOnlyList<(string Name, byte[] Bytes)> files, bool dryRun = false,
        Progress? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(files);
        var rows = new List<ImportRow>();
        var problems = new List<ImportProblem>();
        var encodings = new Dictionary<string, string>(StringComparer.Ordinal);
        long total = Math.Max(1, files.Sum(f => (long)f.Bytes.Length)), read = 0;
        foreach (var (name, bytes) in files)
        {
            ct.ThrowIfCancellationRequested();
            var (fileRows, fileProblems, encoding) = ImportFiles.Read(name, bytes);
            rows.AddRange(fileRows);
            problems.AddRange(fileProblems);
            encodings[name] = encoding;
            read += bytes.Length;
            progress?.Invoke("read", (double)read / total);
        }
        if (problems.Count > 0) return new ImportOutcome(0, 0, 0, false, problems, encodings);
        // These very files, committed before (a run that crashed after its commit, or one run twice): nothing to write again.
        if (!dryRun && await writer.FindReplayAsync(KeyOf(files), ct).ConfigureAwait(false) is { } earlier)
            return new ImportOutcome(0, 0, earlier.Sequence, true, [], encodings);

        var (changes, rowOf, planProblems) = ImportPlanner.Plan(snapshot, rows);
        progress?.Invoke("plan", 1);
        if (changes is null) return new ImportOutcome(0, 0, 0, false, planProblems, encodings);
        var nodes = changes.Operations.Count(o => o is ChangeOperation.CreateNode);
        var links = changes.Operations.Count - nodes;
        if (dryRun)
        {
            var errors = writer.Check(changes, Operator);
            progress?.Invoke("check", 1);
            return new ImportOutcome(nodes, links, 0, false, Located(errors, rowOf), encodings);
        }
        var result = await writer.CommitAsync(changes, Operator.Subject, KeyOf(files), ct).ConfigureAwait(false);
        progress?.Invoke("write", 1);
        return result.Succeeded
            ? new ImportOutcome(nodes, links, result.Sequence, result.Replayed, [], encodings)
            : new ImportOutcome(0, 0, 0, false, Located(result.Errors, rowOf), encodings);
    }

    /// <summary>The idempotency key of an import: its files' names and bytes, hashed.</summary>
    public static string KeyOf(IReadOnlyList<(string Name, byte[] Bytes)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, bytes) in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(name) + "\n"));
            hash.AppendData(BitConverter.GetBytes((long)bytes.Length));
            hash.AppendData(bytes);
        }
        return "import:" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    // The write path's errors, each at the row its operation came from.
    private static List<ImportProblem> Located(IReadOnlyList<ChangeError> errors, IReadOnlyList<ImportRow> rowOf) =>
        [.. errors.Select(e => e.Operation >= 0 && e.Operation < rowOf.Count
            ? new ImportProblem(rowOf[e.Operation].File, rowOf[e.Operation].Line, e.Field, e.Message)
            : new ImportProblem("(import)", 0, e.Field, e.Message))];
}
