using ResourceHub.Graph.Export.Hsds;

namespace ResourceHub.Graph.Export;

/// <summary>The entry point of the exports: a format's media type and file name, and writing a scope in it.</summary>
public static class NetworkExport
{
    /// <summary>The formats by the names the CLI and the endpoints take: json, csv, graphml, geojson, hsds, neo4j (bulk-import CSV), cypher.</summary>
    public static IReadOnlyList<string> Names { get; } = ["json", "csv", "graphml", "geojson", "hsds", "neo4j", "cypher"];

    /// <summary>Reads a format's name (case aside); false for another word.</summary>
    public static bool TryParse(string? name, out ExportFormat format)
    {
        format = name?.ToLowerInvariant() switch
        {
            "json" => ExportFormat.Json,
            "csv" => ExportFormat.Csv,
            "graphml" => ExportFormat.GraphML,
            "geojson" => ExportFormat.GeoJson,
            "hsds" => ExportFormat.Hsds,
            "neo4j" => ExportFormat.Neo4jCsv,
            "cypher" => ExportFormat.Cypher,
            _ => 0,
        };
        return format != 0;
    }

    /// <summary>The media type of a format as one file (CSV as one table; every table of it comes as application/zip).</summary>
    public static string MediaType(ExportFormat format) => format switch
    {
        ExportFormat.Json or ExportFormat.Hsds => "application/json",
        ExportFormat.Csv => "text/csv",
        ExportFormat.GraphML => "application/graphml+xml",
        ExportFormat.GeoJson => "application/geo+json",
        ExportFormat.Neo4jCsv => "application/zip",
        ExportFormat.Cypher => "application/x-cypher-query",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>The file name of a scope's export: <c>resourcehub-430112.graphml</c>, <c>resourcehub-430112-hsds.json</c>.</summary>
    public static string FileName(ExportScope scope, ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var stem = "resourcehub-" + scope.FileStem;
        return format switch
        {
            ExportFormat.Json => stem + ".json",
            ExportFormat.Csv => stem + "-csv.zip",
            ExportFormat.GraphML => stem + ".graphml",
            ExportFormat.GeoJson => stem + ".geojson",
            ExportFormat.Hsds => stem + "-hsds.json",
            ExportFormat.Neo4jCsv => stem + "-neo4j.zip",
            ExportFormat.Cypher => stem + ".cypher",
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
    }

    /// <summary>True for a format that comes as a ZIP archive (CSV's tables, Neo4j's import files).</summary>
    public static bool IsArchive(ExportFormat format) => format is ExportFormat.Csv or ExportFormat.Neo4jCsv;

    /// <summary>Writes the scope in a format to the stream; CSV as a ZIP of its tables.</summary>
    public static Task WriteAsync(ExportScope scope, ExportFormat format, Stream stream, CancellationToken ct = default) => format switch
    {
        ExportFormat.Json => JsonExportWriter.WriteAsync(scope, stream, ct),
        ExportFormat.Csv => CsvExportWriter.WriteZipAsync(scope, stream, ct),
        ExportFormat.GraphML => GraphMLExportWriter.WriteAsync(scope, stream, ct),
        ExportFormat.GeoJson => GeoJsonExportWriter.WriteAsync(scope, stream, ct),
        ExportFormat.Hsds => HsdsExportWriter.WriteAsync(scope, stream, ct),
        ExportFormat.Neo4jCsv => Neo4jExportWriter.WriteImportZipAsync(scope, stream, ct),
        ExportFormat.Cypher => Neo4jExportWriter.WriteCypherAsync(scope, stream, ct: ct),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
