using System.Reflection;

namespace ResourceHub.Hub.Tests.Browser;

/// <summary>Debian's Chromium, its driver and pdftotext, as the browser tests use them; installed on first use when the tests run as root.</summary>
internal static class Chromium
{
    public const string Browser = "/usr/bin/chromium";
    public const string Driver = "/usr/bin/chromedriver";
    public const string PdfToText = "/usr/bin/pdftotext";

    /// <summary>The folder of the browser tools (tests/Hub.Tests/Browser).</summary>
    public static string ToolDirectory { get; } = typeof(Chromium).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "BrowserToolDirectory").Value!;

    // A fresh machine may lack them: as root, the test installs them from Debian's packages, as CI does.
    public static async Task EnsureAsync()
    {
        if (File.Exists(Browser) && File.Exists(Driver) && File.Exists(PdfToText)) return;
        if (Environment.UserName == "root")
        {
            var (exitCode, output) = await NodeTool.RunAsync("bash", [Path.Combine(ToolDirectory, "ensure-chromium.sh")], ToolDirectory, TimeSpan.FromMinutes(10));
            if (exitCode != 0) throw new InvalidOperationException($"installing Chromium failed ({exitCode}):\n{output}");
        }
        foreach (var file in new[] { Browser, Driver, PdfToText })
        {
            if (!File.Exists(file))
            {
                throw new InvalidOperationException(
                    $"the browser tests need {file}, which is missing: as root run tests/Hub.Tests/Browser/ensure-chromium.sh (apt-get install -y chromium chromium-driver poppler-utils fonts-noto-cjk)");
            }
        }
    }
}
