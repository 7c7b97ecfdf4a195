using System.IO.Compression;
using System.Text;

namespace ResourceHub.Graph.Export;

/// <summary>
/// Writes a scope as CSV (RFC 4180): one table per kind (<c>organizations.csv</c> …) with the columns of
/// <see cref="ExportColumns"/> and one of the links (<c>links.csv</c>). UTF-8 with a byte-order mark, so Excel opens the
/// Chinese as it is; CRLF line ends; lists joined with <c>;</c>. A text cell that begins with <c>= + - @</c>, a tab or
/// a carriage return is written with a leading <c>'</c>, so that a spreadsheet never takes it for a formula.
/// </summary>
public static class CsvExportWriter
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>The tables, by name: one per kind, then <c>links</c>.</summary>
    public static IReadOnlyList<string> Tables { get; } = [.. ExportColumns.Kinds.Select(ExportColumns.TableOf), ExportColumns.LinksTable];

    /// <summary>Writes one table (a name of <see cref="Tables"/>) of the scope to the stream.</summary>
    public static async Task WriteTableAsync(ExportScope scope, string table, Stream stream, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(stream);
        if (!Tables.Contains(table)) throw new ArgumentException($"no table '{table}': {string.Join(", ", Tables)}", nameof(table));
        await using var writer = new StreamWriter(stream, Utf8WithBom, bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        var row = new StringBuilder();
        if (table == ExportColumns.LinksTable)
        {
            await WriteRowAsync(writer, row, ExportColumns.Links.Select(c => (object?)c.Name), ct);
            foreach (var link in scope.Links())
                await WriteRowAsync(writer, row, ExportColumns.Links.Select(c => c.Read(link, scope)), ct);
        }
        else
        {
            var kind = ExportColumns.Kinds.First(k => ExportColumns.TableOf(k) == table);
            var columns = ExportColumns.Of(kind);
            await WriteRowAsync(writer, row, columns.Select(c => (object?)c.Name), ct);
            foreach (var id in scope.Ids)
            {
                if (scope.Snapshot.KindOf(id) != kind || scope.Policy.View(id) is not { } node) continue;
                await WriteRowAsync(writer, row, columns.Select(c => c.Read(node, scope)), ct);
            }
        }
        await writer.FlushAsync(ct);
    }

    /// <summary>Writes every table into a ZIP archive on the stream (<c>organizations.csv</c>, …, <c>links.csv</c>).</summary>
    public static async Task WriteZipAsync(ExportScope scope, Stream stream, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(stream);
        await using var zip = await ZipArchive.CreateAsync(stream, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Encoding.UTF8, ct);
        foreach (var table in Tables)
        {
            // A fixed time: the same snapshot gives the same bytes.
            var entry = zip.CreateEntry(table + ".csv", CompressionLevel.Optimal);
            entry.LastWriteTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
            await using var entryStream = await entry.OpenAsync(ct);
            await WriteTableAsync(scope, table, entryStream, ct);
        }
    }

    /// <summary>Writes every table as a file into a folder (created when missing); returns the files written.</summary>
    public static async Task<IReadOnlyList<string>> WriteFolderAsync(ExportScope scope, string folder, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        Directory.CreateDirectory(folder);
        var files = new List<string>();
        foreach (var table in Tables)
        {
            var path = Path.Combine(folder, table + ".csv");
            await using (var file = File.Create(path)) await WriteTableAsync(scope, table, file, ct);
            files.Add(path);
        }
        return files;
    }

    private static async Task WriteRowAsync(StreamWriter writer, StringBuilder row, IEnumerable<object?> values, CancellationToken ct)
    {
        row.Clear();
        var first = true;
        foreach (var value in values)
        {
            if (!first) row.Append(',');
            first = false;
            AppendCell(row, value);
        }
        await writer.WriteLineAsync(row, ct);
    }

    private static void AppendCell(StringBuilder row, object? value)
    {
        var text = ExportValues.Text(value) ?? "";
        if (value is string or IEnumerable<string>) text = Guarded(text);
        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            row.Append(text);
            return;
        }
        row.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    private static string Guarded(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
