using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Demo;
using ResourceHub.Graph.Export;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Tests.Export;

/// <summary>The demo network of 望城区 in memory, and its exports as bytes.</summary>
internal static class DemoExports
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<NetworkSnapshot> Network = new(() => InMemoryNetwork.Build(DemoNetwork.Build(), Now));

    public static NetworkSnapshot Snapshot => Network.Value;

    public static Area District => Snapshot.AreaByCode("430112")!;

    /// <summary>高塘岭街道.</summary>
    public static Area Township => Snapshot.AreaByCode("430112001")!;

    public static ExportScope DistrictScope => ExportScope.Of(Snapshot, District.Id);

    public static async Task<byte[]> ExportAsync(ExportScope scope, ExportFormat format)
    {
        using var stream = new MemoryStream();
        await NetworkExport.WriteAsync(scope, format, stream);
        return stream.ToArray();
    }

    /// <summary>Every CSV table of the scope, by name, as text (BOM included).</summary>
    public static async Task<Dictionary<string, string>> CsvTablesAsync(ExportScope scope)
    {
        var tables = new Dictionary<string, string>();
        foreach (var table in CsvExportWriter.Tables)
        {
            using var stream = new MemoryStream();
            await CsvExportWriter.WriteTableAsync(scope, table, stream);
            tables[table] = new System.Text.UTF8Encoding(false).GetString(stream.ToArray());
        }
        return tables;
    }
}
