using ResourceHub.Graph.Analytics;
using ResourceHub.Graph.Index;
using ResourceHub.Hub.Startup;

namespace ResourceHub.Hub.Reports;

/// <summary>The <c>report</c> verb: the district report of an area, written as a PDF, an HTML page or CSV tables.</summary>
internal static class ReportCommand
{
    public static async Task<int> RunAsync(ReportRequest request, NetworkSnapshot snapshot, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(services);
        if (snapshot.AreaByCode(request.AreaCode) is not { } area)
        {
            await Console.Error.WriteLineAsync($"report: there is no area with code {request.AreaCode} in this hub's network");
            return 2;
        }
        var options = services.GetRequiredService<HubOptions>();
        var report = DistrictReport.Make(snapshot, area, request.From, request.To, TimeProvider.System.GetUtcNow(), services.GetRequiredService<BetweennessOptions>());
        switch (request.Format)
        {
            case "csv":
                await ReportCsv.WriteAsync(report, request.Out);
                Console.WriteLine($"Wrote the report of {area.Name} ({area.Code}), {request.From:yyyy-MM-dd} to {request.To:yyyy-MM-dd}, as {ReportCsv.Files.Length} CSV tables in {Path.GetFullPath(request.Out)}");
                return 0;
            case "html":
                await File.WriteAllTextAsync(request.Out, ReportHtml.Render(report));
                break;
            default:
                try
                {
                    await ReportPrinter.PrintAsync(ReportHtml.Render(report), request.Out, options.Report.Chromium);
                }
                catch (Exception e) when (e is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
                {
                    await Console.Error.WriteLineAsync($"report: {e.Message}");
                    return 1;
                }
                break;
        }
        Console.WriteLine($"Wrote the report of {area.Name} ({area.Code}), {request.From:yyyy-MM-dd} to {request.To:yyyy-MM-dd}, to {Path.GetFullPath(request.Out)}");
        return 0;
    }
}
