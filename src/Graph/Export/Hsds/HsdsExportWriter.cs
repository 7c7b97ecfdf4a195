using System.Text.Json;

namespace ResourceHub.Graph.Export.Hsds;

/// <summary>
/// Writes a scope's directory as one HSDS 3.0 JSON document. HSDS 3.0 defines no package for many records in one
/// file (its API pages them), so the document is an object with an array of each kind of object — organizations,
/// services, locations, service_at_locations, taxonomies, taxonomy_terms — each item valid against its HSDS schema,
/// with one another by id (<see cref="HsdsDetail.Record"/>), as HSDS's tabular form relates them; a service's terms
/// are nested in its attributes as well. Ids are <see cref="HsdsIds"/>: the same in every export.
/// </summary>
public static class HsdsExportWriter
{
    /// <summary>Writes the directory of the scope to the stream.</summary>
    public static async Task WriteAsync(ExportScope scope, Stream stream, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(stream);
        var directory = HsdsDirectory.Of(scope);
        await using var writer = new Utf8JsonWriter(stream, ExportJson.WriterOptions(indented: true));
        writer.WriteStartObject();
        writer.WriteString("version", HsdsJsonWriter.Version);
        writer.WriteString("profile", HsdsJsonWriter.Profile);
        if (scope.Area is { } area)
        {
            writer.WriteStartObject("area");
            writer.WriteString("code", area.Code);
            writer.WriteString("name", area.Name);
            writer.WriteEndObject();
        }

        writer.WriteStartArray("organizations");
        foreach (var organization in directory.Organizations)
        {
            HsdsJsonWriter.WriteOrganization(writer, directory, organization, HsdsDetail.Record);
            await ExportJson.FlushIfFullAsync(writer, ct);
        }
        writer.WriteEndArray();
        writer.WriteStartArray("services");
        foreach (var service in directory.Services)
        {
            HsdsJsonWriter.WriteService(writer, directory, service, HsdsDetail.Record);
            await ExportJson.FlushIfFullAsync(writer, ct);
        }
        writer.WriteEndArray();
        writer.WriteStartArray("locations");
        foreach (var location in directory.Locations)
        {
            HsdsJsonWriter.WriteLocation(writer, directory, location, HsdsDetail.Record);
            await ExportJson.FlushIfFullAsync(writer, ct);
        }
        writer.WriteEndArray();
        writer.WriteStartArray("service_at_locations");
        foreach (var at in directory.ServiceAtLocations)
        {
            HsdsJsonWriter.WriteServiceAtLocation(writer, directory, at, HsdsDetail.Record);
            await ExportJson.FlushIfFullAsync(writer, ct);
        }
        writer.WriteEndArray();
        writer.WriteStartArray("taxonomies");
        foreach (var facet in HsdsTaxonomy.Facets) HsdsJsonWriter.WriteTaxonomy(writer, facet);
        writer.WriteEndArray();
        writer.WriteStartArray("taxonomy_terms");
        foreach (var term in HsdsTaxonomy.Terms) HsdsJsonWriter.WriteTaxonomyTerm(writer, term);
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(ct);
    }
}
