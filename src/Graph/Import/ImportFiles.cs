using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;

namespace ResourceHub.Graph.Import;

/// <summary>
/// Reads import files into rows: JSON (<c>{"nodes": [...], "links": [...]}</c>, each node with a <c>kind</c>) and CSV (one
/// file per kind, named for it — volunteers.csv, organizations.csv, … links.csv — or with a <c>kind</c> column), headers
/// in English or Chinese. Text is UTF-8 with or without a byte-order mark; a file that is not valid UTF-8 is read as
/// GB18030 (the Chinese national encoding, a superset of GBK and GB2312, which spreadsheets on Chinese Windows save).
/// </summary>
public static class ImportFiles
{
    static ImportFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The text of a file and the encoding it was read in.</summary>
    public static (string Text, string Encoding) ReadText(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (new UTF8Encoding(false, true).GetString(bytes, 3, bytes.Length - 3), "UTF-8 (BOM)");
        try
        {
            return (new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            return (System.Text.Encoding.GetEncoding("GB18030").GetString(bytes), "GB18030");
        }
    }

    /// <summary>The rows of one file, with the problems met reading it.</summary>
    public static (IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportProblem> Problems, string Encoding) Read(string name, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(name);
        var (text, encoding) = ReadText(bytes);
        var problems = new List<ImportProblem>();
        var rows = Path.GetExtension(name).Equals(".json", StringComparison.OrdinalIgnoreCase) ? ReadJson(name, text, problems) : ReadCsv(name, text, problems);
        return (rows, problems, encoding);
    }

    private static List<ImportRow> ReadCsv(string file, string text, List<ImportProblem> problems)
    {
        var rows = new List<ImportRow>();
        var section = ImportColumns.SectionOfFile(file);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = true, BadDataFound = null, MissingFieldFound = null, TrimOptions = TrimOptions.Trim };
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader())
        {
            problems.Add(new ImportProblem(file, 0, null, "the file is empty: a CSV starts with a header row"));
            return rows;
        }
        var header = csv.HeaderRecord!;
        var columns = new string?[header.Length];
        for (var i = 0; i < header.Length; i++)
        {
            columns[i] = ImportColumns.Of(header[i]);
            if (columns[i] is null) problems.Add(new ImportProblem(file, 1, header[i], $"'{header[i]}' is not a column an import knows (see docs/import.md)"));
        }
        if (section is null && !columns.Contains("kind"))
            problems.Add(new ImportProblem(file, 1, null, "the file's name says no kind (volunteers.csv, organizations.csv, social_workers.csv, resources.csv, areas.csv, links.csv) and it has no kind column"));
        // A record starts on the line after the one the previous record (or the header) ended on: a quoted field may hold line breaks.
        var ended = csv.Context.Parser!.RawRow;
        while (csv.Read())
        {
            var line = ended + 1;
            ended = csv.Context.Parser.RawRow;
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < columns.Length; i++)
            {
                if (columns[i] is { } c && csv.TryGetField<string>(i, out var value) && value is not null) fields[c] = value;
            }
            if (fields.Values.All(string.IsNullOrWhiteSpace)) continue;
            rows.Add(new ImportRow(file, line, section ?? (fields.TryGetValue("kind", out var k) ? k.Trim() : ""), fields));
        }
        return rows;
    }

    private static List<ImportRow> ReadJson(string file, string text, List<ImportProblem> problems)
    {
        var rows = new List<ImportRow>();
        var bytes = Encoding.UTF8.GetBytes(text);
        var lines = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n') lines.Add(i + 1);
        }
        int LineOf(long offset)
        {
            var at = lines.BinarySearch((int)offset);
            return (at >= 0 ? at : ~at - 1) + 1;
        }
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                problems.Add(new ImportProblem(file, 1, null, "a JSON import is an object: {\"nodes\": [...], \"links\": [...]}"));
                return rows;
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var property = reader.GetString();
                reader.Read();
                if (property is not ("nodes" or "links") || reader.TokenType != JsonTokenType.StartArray)
                {
                    problems.Add(new ImportProblem(file, LineOf(reader.TokenStartIndex), property, $"'{property}' is not part of an import: it holds \"nodes\" and \"links\" arrays"));
                    reader.Skip();
                    continue;
                }
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var line = LineOf(reader.TokenStartIndex);
                    using var item = JsonDocument.ParseValue(ref reader);
                    if (item.RootElement.ValueKind != JsonValueKind.Object)
                    {
                        problems.Add(new ImportProblem(file, line, null, "each item is an object"));
                        continue;
                    }
                    var fields = new Dictionary<string, string>(StringComparer.Ordinal);
                    foreach (var p in item.RootElement.EnumerateObject())
                    {
                        if (ImportColumns.Of(p.Name) is not { } column)
                        {
                            problems.Add(new ImportProblem(file, line, p.Name, $"'{p.Name}' is not a field an import knows (see docs/import.md)"));
                            continue;
                        }
                        fields[column] = p.Value.ValueKind switch
                        {
                            JsonValueKind.Array => string.Join(";", p.Value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText())),
                            JsonValueKind.String => p.Value.GetString()!,
                            JsonValueKind.Null => "",
                            _ => p.Value.GetRawText(),
                        };
                    }
                    rows.Add(new ImportRow(file, line, property == "links" ? "Link" : fields.GetValueOrDefault("kind", "").Trim(), fields));
                }
            }
        }
        catch (JsonException e)
        {
            problems.Add(new ImportProblem(file, (int)(e.LineNumber ?? 0) + 1, null, $"not valid JSON: {e.Message}"));
        }
        return rows;
    }
}
