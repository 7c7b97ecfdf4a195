using System.Text.Json;
using ResourceHub.Graph.Export;

namespace ResourceHub.Hub.Endpoints.Hsds;

/// <summary>
/// Writes a list of the HSDS API: a page under HSDS's Page schema (total_items, total_pages, page_number, size,
/// first_page, last_page, empty, contents), or, with <c>format=ndjson</c>, every item one per line, unpaged, as the
/// spec's format parameter describes.
/// </summary>
internal static class HsdsPage
{
    public const string JsonMediaType = "application/json; charset=utf-8";
    public const string NdjsonMediaType = "application/x-ndjson; charset=utf-8";

    private static readonly ReadOnlyMemory<byte> NewLine = "\n"u8.ToArray();

    public static async Task WriteAsync<T>(HttpContext http, HsdsParameters parameters, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        var ct = http.RequestAborted;
        var body = http.Response.Body;
        if (parameters.Ndjson)
        {
            http.Response.ContentType = NdjsonMediaType;
            await using var line = new Utf8JsonWriter(body, ExportJson.WriterOptions(indented: false));
            foreach (var item in items)
            {
                write(line, item);
                await line.FlushAsync(ct);
                await body.WriteAsync(NewLine, ct);
                line.Reset(body);
            }
            return;
        }
        var total = items.Count;
        var pages = (int)((total + (long)parameters.PerPage - 1) / parameters.PerPage);
        var skip = (long)(parameters.Page - 1) * parameters.PerPage;
        var size = skip >= total ? 0 : (int)Math.Min(parameters.PerPage, total - skip);
        http.Response.ContentType = JsonMediaType;
        await using var writer = new Utf8JsonWriter(body, ExportJson.WriterOptions(indented: false));
        writer.WriteStartObject();
        writer.WriteNumber("total_items", total);
        writer.WriteNumber("total_pages", pages);
        writer.WriteNumber("page_number", parameters.Page);
        writer.WriteNumber("size", size);
        writer.WriteBoolean("first_page", parameters.Page == 1);
        writer.WriteBoolean("last_page", parameters.Page >= pages);
        writer.WriteBoolean("empty", size == 0);
        writer.WriteStartArray("contents");
        for (var i = 0; i < size; i++)
        {
            write(writer, items[(int)skip + i]);
            if (writer.BytesPending > 64 * 1024) await writer.FlushAsync(ct);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(ct);
    }

    /// <summary>Writes one object as the answer.</summary>
    public static async Task WriteOneAsync(HttpContext http, Action<Utf8JsonWriter> write)
    {
        http.Response.ContentType = JsonMediaType;
        await using var writer = new Utf8JsonWriter(http.Response.Body, ExportJson.WriterOptions(indented: false));
        write(writer);
        await writer.FlushAsync(http.RequestAborted);
    }
}
