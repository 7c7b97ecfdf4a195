using System.Diagnostics;
using System.Globalization;
using ResourceHub.Graph.Export;
using ResourceHub.Graph.Index;

namespace ResourceHub.Hub.Cli;

/// <summary>
/// The <c>export</c> verb: <c>--format json|csv|graphml|geojson|hsds [--area CODE] [--out PATH]</c>. Writes what the
/// download endpoints serve (<see cref="ExportScope"/>: the public directory only) from the hub's database; CSV as a
/// folder of tables.
/// </summary>
internal sealed class ExportRequest
{
    private ExportRequest(ExportFormat format, string? area, string? output)
    {
        Format = format;
        Area = area;
        Output = output;
    }

    public ExportFormat Format { get; }

    /// <summary>The area's statistical code; null for the whole network.</summary>
    public string? Area { get; }

    /// <summary>Where to write; null for the default name in the working folder.</summary>
    public string? Output { get; }

    /// <summary>Reads the verb's options; what is not one of them (configuration) is handed back.</summary>
    public static (ExportRequest? Request, string? Error, string[] Remaining) Parse(string[] args)
    {
        ExportFormat? format = null;
        string? area = null, output = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--format" when NetworkExport.TryParse(value, out var f):
                    format = f;
                    i++;
                    break;
                case "--format":
                    return (null, $"--format takes one of {string.Join(", ", NetworkExport.Names)}", []);
                case "--area" when value is { Length: 6 or 9 or 12 } && value.All(char.IsAsciiDigit):
                    area = value;
                    i++;
                    break;
                case "--area":
                    return (null, "--area takes a statistical division code of 6, 9 or 12 digits (430112)", []);
                case "--out" when !string.IsNullOrWhiteSpace(value) && !value.StartsWith("--", StringComparison.Ordinal):
                    output = value;
                    i++;
                    break;
                case "--out":
                    return (null, "--out takes a file (for csv, a folder)", []);
                case "-h" or "--help":
                    return (null, "", []);
                default:
                    rest.Add(args[i]);
                    break;
            }
        }
        return format is { } chosen ? (new ExportRequest(chosen, area, output), null, [.. rest]) : (null, "export needs --format", []);
    }

    /// <summary>Writes the export; 0 when done, 1 for an area the network does not have.</summary>
    public async Task<int> RunAsync(NetworkSnapshot snapshot, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        ExportScope scope;
        if (Area is null) scope = ExportScope.Whole(snapshot);
        else if (snapshot.AreaByCode(Area) is { } area) scope = ExportScope.Of(snapshot, area.Id);
        else
        {
            await errors.WriteLineAsync($"No area has the code {Area} in this hub's network ({snapshot.NodeCount:N0} nodes).");
            return 1;
        }
        var watch = Stopwatch.StartNew();
        string written;
        if (Format == ExportFormat.Csv)
        {
            var folder = Output ?? $"resourcehub-{scope.FileStem}-csv";
            var files = await CsvExportWriter.WriteFolderAsync(scope, folder);
            written = $"{files.Count} tables in {Path.GetFullPath(folder)}";
        }
        else if (Format == ExportFormat.Neo4jCsv)
        {
            // A folder neo4j-import reads as it is, with the commands beside the files.
            var folder = Output ?? $"resourcehub-{scope.FileStem}-neo4j";
            var files = await Neo4jExportWriter.WriteImportFolderAsync(scope, folder);
            await File.WriteAllTextAsync(Path.Combine(folder, "import.txt"), Neo4jExportWriter.ImportCommands(scope));
            written = $"{files.Count} files for neo4j-import in {Path.GetFullPath(folder)} (commands in import.txt)";
        }
        else
        {
            var path = Output ?? NetworkExport.FileName(scope, Format);
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null) Directory.CreateDirectory(folder);
            await using (var file = File.Create(path)) await NetworkExport.WriteAsync(scope, Format, file);
            written = $"{new FileInfo(path).Length.ToString("N0", CultureInfo.InvariantCulture)} bytes to {Path.GetFullPath(path)}";
        }
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Exported {scope.NodeCount:N0} nodes of {scope.Area?.Name ?? "the whole network"} as {Format.ToString().ToLowerInvariant()}: {written} in {watch.Elapsed.TotalSeconds:0.00} s."));
        return 0;
    }
}
