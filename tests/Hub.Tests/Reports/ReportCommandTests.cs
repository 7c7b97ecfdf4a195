using System.Diagnostics;
using System.Globalization;
using CsvHelper;
using ResourceHub.Graph.Analytics;
using ResourceHub.Graph.Demo;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Hub.Cli;
using ResourceHub.Hub.Tests.Browser;

namespace ResourceHub.Hub.Tests.Reports;

/// <summary>
/// The district report as the bureau gets it: `report --area 430112 --out FILE.pdf` on a hub holding the demo network,
/// the PDF opened by pdftotext (Debian's poppler-utils) and read for its headings and figures; the same report as CSV
/// tables read back; no elder's name anywhere in either; bad arguments refused with how to use the verb.
/// </summary>
[Collection(Cli.ConsoleCollection.Name)]
public sealed class ReportCommandTests : IClassFixture<ReportCommandTests.Seeded>
{
    private readonly Seeded _seeded;

    public ReportCommandTests(Seeded seeded) => _seeded = seeded;

    /// <summary>A data directory with the demo network committed, and the network as the hub loads it.</summary>
    public sealed class Seeded : IAsyncLifetime
    {
        public string Directory { get; } = HubFactory.NewDataDirectory();

        public NetworkSnapshot Snapshot { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var (exit, _) = await RunAsync(Directory, "seed", "--demo");
            Assert.Equal(0, exit);
            Snapshot = Graph.Changes.InMemoryNetwork.Build(DemoNetwork.Build(), DateTimeOffset.UtcNow);
        }

        public Task DisposeAsync() => Task.CompletedTask;
    }

    private static Task<(int Exit, string Output)> RunAsync(string directory, params string[] args) => Cli.HubVerb.RunAsync(directory, args);

    [Fact]
    public async Task Pdf_OfTheDistrict_HoldsItsHeadingsAndFigures_AndNoElder()
    {
        await Chromium.EnsureAsync();
        var pdf = Path.Combine(HubFactory.NewDataDirectory(), "望城区报告.pdf");

        var (exit, output) = await RunAsync(_seeded.Directory, "report", "--area", "430112", "--from", "2026-01-01", "--to", "2026-11-30", "--out", pdf);

        Assert.Equal(0, exit);
        Assert.Contains("Wrote the report of 望城区 (430112), 2026-01-01 to 2026-11-30", output, StringComparison.Ordinal);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(pdf), 0, 4));
        var text = await PdfTextAsync(pdf);
        foreach (var heading in new[] { "望城区五社联动支持网络报告", "五社联动覆盖", "Linkage coverage", "服务缺口", "Service gaps", "可及性", "桥梁节点", "Brokers", "转介结果", "Referral outcomes",
            "服务时长与分月统计", "政府购买服务成效" })
            Assert.Contains(heading, text, StringComparison.Ordinal);
        var s = _seeded.Snapshot;
        // Figures the network holds: every community listed, the bathing gap, the best broker, every project.
        Assert.All(s.Nodes<Area>().Where(a => a.Level == AreaLevel.Community).Take(20), c => Assert.Contains(c.Code, text, StringComparison.Ordinal));
        Assert.Contains("助浴 Bathing help", text, StringComparison.Ordinal);
        Assert.Contains("长沙市快乐老人大学", text, StringComparison.Ordinal);
        Assert.All(s.Nodes<Project>(), p => Assert.Contains(p.Name[..8], text, StringComparison.Ordinal));
        Assert.All(s.Nodes<Elder>(), e => Assert.DoesNotContain(e.Name, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Csv_OfATownship_ReadsBackAsItsTables()
    {
        var folder = Path.Combine(HubFactory.NewDataDirectory(), "tables");

        var (exit, _) = await RunAsync(_seeded.Directory, "report", "--area", "430112001", "--out", folder);

        Assert.Equal(0, exit);
        var s = _seeded.Snapshot;
        var township = s.AreaByCode("430112001")!;
        var communities = s.Subtree(township.Id).Select(id => s.Node<Area>(id)!).Where(a => a.Level == AreaLevel.Community).ToList();
        var coverage = Read(Path.Combine(folder, "coverage.csv"));
        Assert.Equal("社区代码 code", coverage[0][0]);
        Assert.Equal(communities.Select(c => c.Code).Order(StringComparer.Ordinal), coverage.Skip(1).Select(r => r[0]));
        Assert.Equal(communities.Count(c => s.Coverage(c.Id).Complete), coverage.Skip(1).Count(r => r[6] == "1"));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, File.ReadAllBytes(Path.Combine(folder, "coverage.csv"))[..3]);
        var brokers = Read(Path.Combine(folder, "brokers.csv"));
        Assert.Equal(Enumerable.Range(1, brokers.Count - 1).Select(i => i.ToString(CultureInfo.InvariantCulture)), brokers.Skip(1).Select(r => r[0]));
        var totals = Read(Path.Combine(folder, "totals.csv"));
        Assert.Equal(DateTime.UtcNow.AddHours(8).Month, totals.Count - 1);
        var all = string.Join("\n", Directory.GetFiles(folder).Select(File.ReadAllText));
        Assert.All(s.Nodes<Elder>(), e => Assert.DoesNotContain(e.Name, all, StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownArea_IsRefused_AndBadArgumentsSayHowToUseTheVerb()
    {
        var (exit, _) = await RunAsync(_seeded.Directory, "report", "--area", "430199", "--out", Path.Combine(HubFactory.NewDataDirectory(), "x.pdf"));

        Assert.Equal(2, exit);
        foreach (var args in new[] { "report --out x.pdf", "report --area 4301 --out x.pdf", "report --area 430112", "report --area 430112 --from 2026-13-01 --out x.pdf",
            "report --area 430112 --from 2026-06-01 --to 2026-05-01 --out x.pdf" })
        {
            var command = HubCommand.Parse(args.Split(' '));
            Assert.NotNull(command.Error);
            Assert.Contains("usage:", command.Error, StringComparison.Ordinal);
        }
    }

    private static List<string[]> Read(string file)
    {
        using var reader = new StreamReader(file);
        using var csv = new CsvParser(reader, CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (csv.Read()) rows.Add(csv.Record!);
        return rows;
    }

    private static async Task<string> PdfTextAsync(string pdf)
    {
        var start = new ProcessStartInfo(Chromium.PdfToText) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "-enc", "UTF-8", pdf, "-" }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return text;
    }
}
