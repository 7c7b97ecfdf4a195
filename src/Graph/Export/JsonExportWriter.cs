using System.Text.Json;

namespace ResourceHub.Graph.Export;

/// <summary>
/// Writes a scope as one JSON document: what it covers, then a table (an array of objects with the columns of
/// <see cref="ExportColumns"/>, blank values left out) for each kind, then the links.
/// </summary>
public static class JsonExportWriter
{
    /// <summary>What the document says it is, in its <c>format</c> property.</summary>
    public const string FormatName = "resourcehub-network-export";

    /// <summary>Writes the scope to the stream.</summary>
    public static async Task WriteAsync(ExportScope scope, Stream stream, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(stream);
        await using var writer = new Utf8JsonWriter(stream, ExportJson.WriterOptions(indented: true));
        writer.WriteStartObject();
        writer.WriteString("format", FormatName);
        writer.WriteNumber("version", 1);
        WriteArea(writer, scope);
        writer.WriteString("privacy", "The public directory only, as an anonymous caller sees it: no elders, needs, referrals, records, consents, time-bank entries, bookings or webhooks, and no volunteer numbers.");
        foreach (var kind in ExportColumns.Kinds)
        {
            var columns = ExportColumns.Of(kind);
            writer.WriteStartArray(ExportColumns.TableOf(kind));
            foreach (var id in scope.Ids)
            {
                if (scope.Snapshot.KindOf(id) != kind || scope.Policy.View(id) is not { } node) continue;
                writer.WriteStartObject();
                foreach (var column in columns) ExportValues.WriteJson(writer, column.Name, column.Type, column.Read(node, scope));
                writer.WriteEndObject();
                await ExportJson.FlushIfFullAsync(writer, ct);
            }
            writer.WriteEndArray();
        }
        writer.WriteStartArray(ExportColumns.LinksTable);
        foreach (var link in scope.Links())
        {
            writer.WriteStartObject();
            foreach (var column in ExportColumns.Links) ExportValues.WriteJson(writer, column.Name, column.Type, column.Read(link, scope));
            writer.WriteEndObject();
            await ExportJson.FlushIfFullAsync(writer, ct);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(ct);
    }

    private static void WriteArea(Utf8JsonWriter writer, ExportScope scope)
    {
        if (scope.Area is not { } area)
        {
            writer.WriteNull("area");
            return;
        }
        writer.WriteStartObject("area");
        writer.WriteNumber("id", area.Id);
        writer.WriteString("code", area.Code);
        writer.WriteString("name", area.Name);
        writer.WriteEndObject();
    }
}
