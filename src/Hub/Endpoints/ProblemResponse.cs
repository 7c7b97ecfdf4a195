using System.Text.Json;
using ResourceHub.Graph.Export;

namespace ResourceHub.Hub.Endpoints;

/// <summary>
/// The errors of the download and HSDS endpoints: RFC 9457 problem details (application/problem+json), Chinese
/// unescaped, with a status and a sentence that says what was wrong and what is accepted.
/// </summary>
internal static class ProblemResponse
{
    public const string MediaType = "application/problem+json";

    public static async Task WriteAsync(HttpContext http, int status, string detail)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = MediaType + "; charset=utf-8";
        await using var writer = new Utf8JsonWriter(http.Response.Body, ExportJson.WriterOptions(indented: false));
        writer.WriteStartObject();
        writer.WriteString("type", "about:blank");
        writer.WriteString("title", ReasonPhrases(status));
        writer.WriteNumber("status", status);
        writer.WriteString("detail", detail);
        writer.WriteEndObject();
        await writer.FlushAsync(http.RequestAborted);
    }

    private static string ReasonPhrases(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error";
}
