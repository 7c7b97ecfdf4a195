using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using ResourceHub.Graph.Export;
using ResourceHub.Graph.Index;

namespace ResourceHub.Hub.Endpoints;

/// <summary>
/// GET /export/{format}?area=CODE: an area's public support network as a download — json, csv (every table as a ZIP,
/// or one with <c>table=organizations</c>), graphml, geojson or hsds — streamed as it is written, under its media type
/// and a file name. Without <c>area</c>, the whole network. What leaves is what <see cref="ExportScope"/> lets out:
/// the public directory as an anonymous caller sees it, whoever asks.
/// </summary>
internal sealed class ExportEndpoint(NetworkIndex index, ResourceHub.Graph.Persistence.AuditLog audit, Microsoft.Extensions.Options.IOptions<ResourceHub.Hub.Identity.ClaimNames> claims)
{
    public const string Path = "/export/{format}";

    public async Task HandleAsync(HttpContext http, string format)
    {
        if (!index.IsLoaded)
        {
            await ProblemResponse.WriteAsync(http, StatusCodes.Status503ServiceUnavailable, "The hub is still loading its network; try again in a moment.");
            return;
        }
        if (!NetworkExport.TryParse(format, out var kind))
        {
            await ProblemResponse.WriteAsync(http, StatusCodes.Status404NotFound,
                $"No export format '{AreaParameter.Shorten(format)}': the formats are {string.Join(", ", NetworkExport.Names)} (/export/graphml?area=430112).");
            return;
        }
        var snapshot = index.Current;
        var (area, problem) = AreaParameter.Read(http.Request, snapshot);
        if (problem is { } p)
        {
            await ProblemResponse.WriteAsync(http, p.Status, p.Detail);
            return;
        }
        var personal = http.Request.Query["personal"].ToString();
        ExportScope scope;
        if (personal.Length > 0 && personal != "false")
        {
            if (await PersonalScopeAsync(http, kind, snapshot, area) is not { } chosen) return;
            scope = chosen;
        }
        else
        {
            scope = area is null ? ExportScope.Whole(snapshot) : ExportScope.Of(snapshot, area.Id);
        }
        var table = http.Request.Query["table"].ToString();
        if (table.Length > 0 && (kind != ExportFormat.Csv || !CsvExportWriter.Tables.Contains(table)))
        {
            await ProblemResponse.WriteAsync(http, StatusCodes.Status400BadRequest, kind != ExportFormat.Csv
                ? "table is a parameter of the CSV export (/export/csv?table=organizations)."
                : $"No table '{AreaParameter.Shorten(table)}': the tables are {string.Join(", ", CsvExportWriter.Tables)}.");
            return;
        }

        var single = kind == ExportFormat.Csv && table.Length > 0;
        var fileName = single ? $"resourcehub-{scope.FileStem}-{table}.csv" : NetworkExport.FileName(scope, kind);
        http.Response.ContentType = NetworkExport.IsArchive(kind) && !single ? "application/zip" : NetworkExport.MediaType(kind) + "; charset=utf-8";
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName, FileName = fileName }.ToString();
        http.Response.Headers.CacheControl = "no-cache";
        var ct = http.RequestAborted;
        if (single)
        {
            await CsvExportWriter.WriteTableAsync(scope, table, http.Response.Body, ct);
            return;
        }
        if (!NetworkExport.IsArchive(kind))
        {
            await NetworkExport.WriteAsync(scope, kind, http.Response.Body, ct);
            return;
        }
        // The ZIP archive writes some of its parts synchronously, which Kestrel refuses: it is built in a buffer that
        // keeps 32 KiB in memory and the rest in a temporary file, then sent.
        await using var buffer = new FileBufferingWriteStream();
        await NetworkExport.WriteAsync(scope, kind, buffer, ct);
        http.Response.ContentLength = buffer.Length;
        await buffer.DrainBufferAsync(http.Response.Body, ct);
    }

    /// <summary>The shortest and longest reason an admin gives for exporting personal data.</summary>
    public const int MinReason = 4, MaxReason = 500;

    // An admin's export with personal data (?personal=true&reason=…), in the Neo4j formats: refused to anyone else and
    // without a reason; audited — one entry per elder and need, with the reason — before a byte of it is sent.
    private async Task<ExportScope?> PersonalScopeAsync(HttpContext http, ExportFormat kind, NetworkSnapshot snapshot, ResourceHub.Graph.Model.Area? area)
    {
        var caller = ResourceHub.Hub.Identity.CallerClaims.Of(http, claims.Value);
        if (!caller.Has(ResourceHub.Graph.Access.Roles.Admin))
        {
            await ProblemResponse.WriteAsync(http, caller.IsSignedIn ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized,
                "Only an admin exports personal data (personal=true), with a reason; without it the export holds what the public sees.");
            return null;
        }
        if (kind is not (ExportFormat.Neo4jCsv or ExportFormat.Cypher))
        {
            await ProblemResponse.WriteAsync(http, StatusCodes.Status400BadRequest, "personal=true is a parameter of the Neo4j exports (/export/neo4j, /export/cypher).");
            return null;
        }
        var reason = http.Request.Query["reason"].ToString().Trim();
        if (reason.Length is < MinReason or > MaxReason)
        {
            await ProblemResponse.WriteAsync(http, StatusCodes.Status400BadRequest,
                $"An export with personal data needs a reason of {MinReason} to {MaxReason} characters (reason=…), kept in the audit log.");
            return null;
        }
        var scope = ExportScope.WithPersonalData(snapshot, area?.Id, caller);
        var entries = scope.Ids.Select(id => snapshot.Node(id)).Where(n => n is ResourceHub.Graph.Model.Elder || (n is ResourceHub.Graph.Model.Need && snapshot.IsPersonalNeed(n.Id)))
            .Select(n => (n!.Id, n.Kind, (IReadOnlyList<string>)[.. ResourceHub.Graph.Access.PersonalFields.Of(n.Kind).ToArray().Select(f => f.Name)])).ToList();
        await audit.AppendAsync(caller, entries, ResourceHub.Graph.Access.AuditEntry.Export, $"export {NetworkExport.Names[(int)kind - 1]}: {reason}",
            http.TraceIdentifier, http.RequestAborted);
        return scope;
    }
}
