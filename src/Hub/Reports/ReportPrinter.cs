using System.Diagnostics;

namespace ResourceHub.Hub.Reports;

/// <summary>Prints the report page to PDF with headless Chromium: the page is a local file, nothing is fetched, no header or footer is added.</summary>
internal static class ReportPrinter
{
    /// <summary>Where Chromium is looked for, in order, when <c>Hub:Report:Chromium</c> does not say.</summary>
    public static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    public static async Task PrintAsync(string html, string pdf, string? chromium, CancellationToken cancel = default)
    {
        var browser = chromium ?? Candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"printing the report needs Chromium ({string.Join(", ", Candidates)}) or Hub:Report:Chromium; on Debian: apt-get install -y chromium fonts-noto-cjk");
        var work = Directory.CreateTempSubdirectory("resourcehub-report-");
        try
        {
            var page = Path.Combine(work.FullName, "report.html");
            await File.WriteAllTextAsync(page, html, cancel);
            var output = Path.GetFullPath(pdf);
            Directory.CreateDirectory(Path.GetDirectoryName(output)!);
            var start = new ProcessStartInfo(browser)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                $"--user-data-dir={Path.Combine(work.FullName, "profile")}", "--no-pdf-header-footer", $"--print-to-pdf={output}", new Uri(page).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(arg);
            }
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {browser}");
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            timeout.CancelAfter(TimeSpan.FromMinutes(2));
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            _ = process.StandardOutput.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{browser} did not print the report within 2 minutes");
            }
            if (process.ExitCode != 0 || !File.Exists(output) || new FileInfo(output).Length == 0)
                throw new InvalidOperationException($"{browser} did not print the report (exit {process.ExitCode}): {await errors}");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
