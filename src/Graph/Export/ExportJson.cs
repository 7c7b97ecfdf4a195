using System.Text.Encodings.Web;
using System.Text.Json;

namespace ResourceHub.Graph.Export;

/// <summary>How the exports write JSON: UTF-8 with Chinese as it is (not \u-escaped), flushed to the stream as it grows.</summary>
public static class ExportJson
{
    /// <summary>Bytes a writer holds before it flushes to the stream.</summary>
    internal const int FlushAt = 64 * 1024;

    /// <summary>The writer options: Chinese unescaped; indented when <paramref name="indented"/>.</summary>
    public static JsonWriterOptions WriterOptions(bool indented) => new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = indented,
    };

    /// <summary>The serializer options for the same: Chinese unescaped.</summary>
    public static JsonSerializerOptions SerializerOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Flushes the writer to its stream once it holds more than <see cref="FlushAt"/> bytes.</summary>
    internal static async ValueTask FlushIfFullAsync(Utf8JsonWriter writer, CancellationToken ct)
    {
        if (writer.BytesPending > FlushAt) await writer.FlushAsync(ct);
    }
}
