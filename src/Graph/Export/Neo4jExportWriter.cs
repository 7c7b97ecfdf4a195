using System.Globalization;
using System.IO.Compression;
using System.Text;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Persistence.Neo4j;

namespace ResourceHub.Graph.Export;

/// <summary>
/// The network for Neo4j users, held as the Neo4j store holds it (<see cref="Neo4jRecords"/>): bulk-import CSV files
/// with Neo4j's header conventions, for <c>neo4j-import</c> (3.x) and <c>neo4j-admin database import</c> (4.x, 5.x); and
/// a Cypher script of the store's own statements, with the rows written in, in batches. Both hold what the scope's
/// caller sees: the public view, where a node with personal fields also leaves out its version and when it last changed
/// (they would tell of changes to what is hidden); or an admin's export with personal data, every field.
/// </summary>
public static class Neo4jExportWriter
{
    /// <summary>How many rows one statement of the script carries.</summary>
    public const int BatchSize = 500;

    /// <summary>The file of the relationships in the bulk-import archive.</summary>
    public const string RelationshipsFile = "relationships.csv";

    /// <summary>The header of <see cref="RelationshipsFile"/>.</summary>
    public static IReadOnlyList<string> RelationshipHeader { get; } = [":START_ID", ":END_ID", ":TYPE", "id:long", "version:int", "since", "until", "weight:float", "note"];

    // One list's items in a cell are parted by this (neo4j-import's default array delimiter).
    private const char ArrayDelimiter = ';';

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The node file of a kind in the bulk-import archive.</summary>
    public static string NodesFile(NodeKind kind) => $"nodes-{Neo4jRecords.Label(kind)}.csv";

    /// <summary>The header of a kind's node file: <c>id:ID</c>, <c>:LABEL</c>, then each property with its type.</summary>
    public static IReadOnlyList<string> NodeHeader(NodeKind kind) =>
        ["id:ID", ":LABEL", .. Neo4jRecords.Columns(kind).Select(c => c.Type == "string" ? c.Name : $"{c.Name}:{c.Type}")];

    /// <summary>The kinds a scope's archive has a node file for, in order.</summary>
    public static IReadOnlyList<NodeKind> Kinds(ExportScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return [.. Enum.GetValues<NodeKind>().Where(k => ExportScope.IsExported(k) || (scope.IsPersonal && k is NodeKind.Elder or NodeKind.Need))];
    }

    /// <summary>The commands that import the archive's files, for 3.x and for 5.x.</summary>
    public static string ImportCommands(ExportScope scope)
    {
        var nodes = Kinds(scope).Select(NodesFile).ToList();
        return $$"""
            # ResourceHub 资源枢纽 · bulk import for Neo4j (UTF-8, ids unique across every file: --id-type INTEGER).
            # Neo4j 3.x, into a database the server has not opened yet:
            neo4j-import --into data/databases/graph.db --id-type INTEGER --multiline-fields true {{string.Join(' ', nodes.Select(n => "--nodes " + n))}} --relationships {{RelationshipsFile}}
            # Neo4j 5.x:
            neo4j-admin database import full --id-type=INTEGER --multiline-fields=true {{string.Join(' ', nodes.Select(n => "--nodes=" + n))}} --relationships={{RelationshipsFile}} neo4j
            # Then let the hub make its constraints and head (Hub:Store=neo4j), or create the uniqueness constraint on :Node(id) yourself.
            # On 5.x, where a node is can be made a point: MATCH (n:Node) WHERE n.latitude IS NOT NULL SET n.point = point({latitude: n.latitude, longitude: n.longitude})

            """;
    }

    /// <summary>Writes the bulk-import files, and <c>import.txt</c> with the commands, into a ZIP archive.</summary>
    public static async Task WriteImportZipAsync(ExportScope scope, Stream stream, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(stream);
        await using var zip = await ZipArchive.CreateAsync(stream, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Encoding.UTF8, ct);
        async Task EntryAsync(string name, Func<Stream, Task> write)
        {
            var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
            // A fixed time: the same snapshot gives the same bytes.
            entry.LastWriteTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
            await using var s = await entry.OpenAsync(ct);
            await write(s);
        }
        foreach (var kind in Kinds(scope)) await EntryAsync(NodesFile(kind), s => WriteNodesAsync(scope, kind, s, ct));
        await EntryAsync(RelationshipsFile, s => WriteRelationshipsAsync(scope, s, ct));
        await EntryAsync("import.txt", async s =>
        {
            await using var w = new StreamWriter(s, Utf8, leaveOpen: true);
            await w.WriteAsync(ImportCommands(scope).AsMemory(), ct);
        });
    }

    /// <summary>Writes the files into a folder; their paths.</summary>
    public static async Task<IReadOnlyList<string>> WriteImportFolderAsync(ExportScope scope, string folder, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        Directory.CreateDirectory(folder);
        var files = new List<string>();
        foreach (var kind in Kinds(scope))
        {
            var path = Path.Combine(folder, NodesFile(kind));
            await using (var file = File.Create(path)) await WriteNodesAsync(scope, kind, file, ct);
            files.Add(path);
        }
        var links = Path.Combine(folder, RelationshipsFile);
        await using (var file = File.Create(links)) await WriteRelationshipsAsync(scope, file, ct);
        files.Add(links);
        return files;
    }

    /// <summary>Writes one kind's node file.</summary>
    public static async Task WriteNodesAsync(ExportScope scope, NodeKind kind, Stream stream, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var w = new StreamWriter(stream, Utf8, bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\n" };
        var columns = Neo4jRecords.Columns(kind);
        var row = new StringBuilder();
        await w.WriteLineAsync(string.Join(',', NodeHeader(kind)).AsMemory(), ct);
        var label = Neo4jRecords.NodeLabel + ArrayDelimiter + Neo4jRecords.Label(kind);
        foreach (var node in Nodes(scope, kind))
        {
            var props = Properties(scope, node, points: false);
            row.Clear().Append(node.Id.ToString(CultureInfo.InvariantCulture)).Append(',').Append(label);
            foreach (var (name, _) in columns)
            {
                row.Append(',');
                if (props.TryGetValue(name, out var value)) Cell(row, value);
            }
            await w.WriteLineAsync(row, ct);
        }
    }

    /// <summary>Writes the relationship file.</summary>
    public static async Task WriteRelationshipsAsync(ExportScope scope, Stream stream, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var w = new StreamWriter(stream, Utf8, bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\n" };
        await w.WriteLineAsync(string.Join(',', RelationshipHeader).AsMemory(), ct);
        var row = new StringBuilder();
        foreach (var link in scope.Links())
        {
            var props = Neo4jRecords.LinkProperties(link);
            row.Clear().Append(link.FromId.ToString(CultureInfo.InvariantCulture)).Append(',').Append(link.ToId.ToString(CultureInfo.InvariantCulture))
                .Append(',').Append(Neo4jRecords.TypeName(link.Type));
            foreach (var name in (string[])["id", "version", "since", "until", "weight", "note"])
            {
                row.Append(',');
                if (props.TryGetValue(name, out var value)) Cell(row, value);
            }
            await w.WriteLineAsync(row, ct);
        }
    }

    /// <summary>
    /// The Cypher script for a server of <paramref name="major"/>.<paramref name="minor"/>: the store's constraints, then
    /// the store's statements that create nodes and links, <c>$rows</c> written in as a list of up to <see cref="BatchSize"/>
    /// rows. Each statement ends with a semicolon at the end of its line, as cypher-shell reads a script.
    /// </summary>
    public static async Task WriteCypherAsync(ExportScope scope, Stream stream, int major = 5, int minor = 26, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        foreach (var statement in CypherScript(scope, major, minor))
        {
            var bytes = Utf8.GetBytes(statement + ";\n");
            await stream.WriteAsync(bytes, ct);
        }
    }

    /// <summary>The script's statements, without their semicolons (<see cref="WriteCypherAsync"/>).</summary>
    public static IEnumerable<string> CypherScript(ExportScope scope, int major = 5, int minor = 26)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var cypher = new Neo4jCypher(major, minor);
        foreach (var constraint in cypher.Constraints) yield return constraint;
        foreach (var kind in Kinds(scope))
        {
            var rows = Nodes(scope, kind).Select(n =>
            {
                var where = Neo4jRecords.Where(n);
                return (object?)new Dictionary<string, object?> { ["props"] = Properties(scope, n, cypher.Points), ["lat"] = where?.Lat, ["lon"] = where?.Lon };
            });
            foreach (var batch in rows.Chunk(BatchSize)) yield return WithRows(cypher.CreateNodes(kind), batch);
        }
        foreach (var type in scope.Links().GroupBy(l => l.Type).OrderBy(g => g.Key))
        {
            var rows = type.Select(l => (object?)new Dictionary<string, object?> { ["from"] = l.FromId, ["to"] = l.ToId, ["props"] = Neo4jRecords.LinkProperties(l) });
            foreach (var batch in rows.Chunk(BatchSize)) yield return WithRows(cypher.CreateLinks(type.Key), batch);
        }
    }

    private static IEnumerable<Node> Nodes(ExportScope scope, NodeKind kind)
    {
        foreach (var id in scope.Ids)
        {
            if (scope.Snapshot.KindOf(id) == kind && scope.Policy.View(id) is { } node) yield return node;
        }
    }

    // A node's properties as the caller may have them: in the public view a node with personal fields has no version or
    // time of its last change, which move when a hidden field does.
    private static Dictionary<string, object?> Properties(ExportScope scope, Node node, bool points)
    {
        var props = Neo4jRecords.NodeProperties(node, points);
        if (!scope.IsPersonal && scope.Policy.IsPersonal(node))
        {
            props.Remove("version");
            props.Remove("updatedAt");
        }
        return props;
    }

    private static string WithRows(string statement, IEnumerable<object?> rows)
    {
        var list = new StringBuilder("[");
        var first = true;
        foreach (var row in rows)
        {
            if (!first) list.Append(", ");
            first = false;
            CypherLiteral(list, row);
        }
        list.Append(']');
        return statement.Replace("$rows", list.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A value as a Cypher literal: text in single quotes with its quotes and backslashes escaped, numbers, booleans, lists and maps.</summary>
    internal static void CypherLiteral(StringBuilder s, object? value)
    {
        switch (value)
        {
            case null: s.Append("null"); break;
            case string text:
                s.Append('\'');
                foreach (var c in text)
                {
                    _ = c switch
                    {
                        '\\' => s.Append(@"\\"),
                        '\'' => s.Append(@"\'"),
                        '\n' => s.Append(@"\n"),
                        '\r' => s.Append(@"\r"),
                        '\t' => s.Append(@"\t"),
                        _ when char.IsControl(c) => s.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                        _ => s.Append(c),
                    };
                }
                s.Append('\'');
                break;
            case bool b: s.Append(b ? "true" : "false"); break;
            case int i: s.Append(i.ToString(CultureInfo.InvariantCulture)); break;
            case long l: s.Append(l.ToString(CultureInfo.InvariantCulture)); break;
            case double d: s.Append(Float(d)); break;
            case IDictionary<string, object?> map:
                s.Append('{');
                var firstKey = true;
                foreach (var (k, v) in map)
                {
                    if (v is null) continue;
                    if (!firstKey) s.Append(", ");
                    firstKey = false;
                    s.Append('`').Append(k.Replace("`", "``", StringComparison.Ordinal)).Append("`: ");
                    CypherLiteral(s, v);
                }
                s.Append('}');
                break;
            case System.Collections.IEnumerable list:
                s.Append('[');
                var firstItem = true;
                foreach (var item in list)
                {
                    if (!firstItem) s.Append(", ");
                    firstItem = false;
                    CypherLiteral(s, item);
                }
                s.Append(']');
                break;
            default: throw new ArgumentException($"no Cypher literal for a {value.GetType().Name}", nameof(value));
        }
    }

    // A CSV cell as neo4j-import reads it: text always quoted (so "" stays an empty text, not a missing property), lists
    // parted by ';' (an item's own ';' becomes '；', the only change made), numbers and booleans bare.
    private static void Cell(StringBuilder row, object? value)
    {
        switch (value)
        {
            case null: break;
            case string text: Quoted(row, text); break;
            case bool b: row.Append(b ? "true" : "false"); break;
            case double d: row.Append(Float(d)); break;
            case int or long: row.Append(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
            case System.Collections.IEnumerable list:
                var items = list.Cast<object?>().Select(i => i switch
                {
                    string t => t.Replace(ArrayDelimiter, '；'),
                    double d => Float(d),
                    _ => Convert.ToString(i, CultureInfo.InvariantCulture) ?? "",
                });
                Quoted(row, string.Join(ArrayDelimiter, items));
                break;
            default: Quoted(row, Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""); break;
        }
    }

    private static void Quoted(StringBuilder row, string text) => row.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');

    private static string Float(double d)
    {
        var text = d.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }
}
