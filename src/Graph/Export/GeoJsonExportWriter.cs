using System.Buffers;
using System.Text.Json;
using NetTopologySuite;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Export;

/// <summary>
/// Writes a scope as GeoJSON (RFC 7946, WGS-84, longitude first) with NetTopologySuite: a FeatureCollection of a point
/// for every node that has a place — its own point, else its home area's (<c>point_source</c> says which) — with the
/// columns of <see cref="ExportColumns"/> as properties, then a line for every link whose two ends have different
/// places. Feature ids are <c>n{id}</c> for nodes and <c>e{id}</c> for links; <c>feature</c> is <c>node</c> or <c>link</c>.
/// Features are written one by one, so the collection is never held whole.
/// </summary>
public static class GeoJsonExportWriter
{
    private const string IdProperty = "feature_id";

    private static readonly GeometryFactory Factory = NtsGeometryServices.Instance.CreateGeometryFactory(srid: 4326);

    private static readonly JsonSerializerOptions Options = new(ExportJson.SerializerOptions)
    {
        Converters = { new GeoJsonConverterFactory(Factory, writeGeometryBBox: false, idPropertyName: IdProperty) },
    };

    /// <summary>Writes the scope to the stream.</summary>
    public static async Task WriteAsync(ExportScope scope, Stream stream, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(stream);
        // The serializer flushes the writer it is given, and a flush to a stream is a synchronous write, which ASP.NET Core
        // refuses: the features are written to a buffer, which goes to the stream asynchronously as it fills.
        var buffer = new ArrayBufferWriter<byte>(2 * ExportJson.FlushAt);
        await using var writer = new Utf8JsonWriter(buffer, ExportJson.WriterOptions(indented: false));
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteStartArray("features");
        foreach (var node in scope.Nodes())
        {
            if (scope.Position(node) is not { } at) continue;
            var attributes = new AttributesTable
            {
                { IdProperty, "n" + node.Id },
                { "feature", "node" },
                { "point_source", node.Point is null ? "area" : "own" },
            };
            foreach (var column in ExportColumns.Of(node.Kind)) Add(attributes, column.Name, column.Read(node, scope));
            JsonSerializer.Serialize(writer, new Feature(Factory.CreatePoint(new Coordinate(at.Lon, at.Lat)), attributes), Options);
            await DrainAsync(writer, buffer, stream, ExportJson.FlushAt, ct);
        }
        foreach (var link in scope.Links())
        {
            if (Place(scope, link.FromId) is not { } from || Place(scope, link.ToId) is not { } to || from == to) continue;
            var attributes = new AttributesTable { { IdProperty, "e" + link.Id }, { "feature", "link" } };
            foreach (var column in ExportColumns.Links) Add(attributes, column.Name, column.Read(link, scope));
            var line = Factory.CreateLineString([new Coordinate(from.Lon, from.Lat), new Coordinate(to.Lon, to.Lat)]);
            JsonSerializer.Serialize(writer, new Feature(line, attributes), Options);
            await DrainAsync(writer, buffer, stream, ExportJson.FlushAt, ct);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        await DrainAsync(writer, buffer, stream, 0, ct);
        await stream.FlushAsync(ct);
    }

    private static async ValueTask DrainAsync(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, Stream stream, int atLeast, CancellationToken ct)
    {
        writer.Flush();
        if (buffer.WrittenCount <= atLeast) return;
        await stream.WriteAsync(buffer.WrittenMemory, ct);
        buffer.ResetWrittenCount();
    }

    private static GeoPoint? Place(ExportScope scope, long id) => scope.Policy.View(id) is { } node ? scope.Position(node) : null;

    private static void Add(AttributesTable attributes, string name, object? value)
    {
        if (value is null) return;
        attributes.Add(name, value is IEnumerable<string> list ? list.ToArray() : value);
    }
}
