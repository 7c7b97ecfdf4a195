using System.Text.Json;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Graph.Export;
using ResourceHub.Graph.Tests.Export;
using ResourceHub.Hub.Cli;

namespace ResourceHub.Hub.Tests.Cli;

public sealed class ExportCommandTests
{
    private static async Task<int> RunAsync(string directory, params string[] args)
    {
        var command = HubCommand.Parse([.. args, $"--Hub:DataDirectory={directory}"]);
        Assert.Null(command.Error);
        var builder = WebApplication.CreateBuilder(command.ConfigArgs);
        builder.Services.AddResourceHub(builder.Configuration, builder.Environment);
        await using var app = builder.Build();
        var exit = await command.RunAsync(app);
        SqliteConnection.ClearAllPools();
        return exit;
    }

    [Fact]
    public void Parse_Export_ReadsFormatAreaAndOut_AndLeavesConfigurationToTheHost()
    {
        var command = HubCommand.Parse(["export", "--format", "graphml", "--area", "430112", "--out", "/tmp/w.graphml", "--Hub:DataDirectory=/tmp/x"]);

        Assert.Null(command.Error);
        Assert.Equal((ExportFormat.GraphML, "430112", "/tmp/w.graphml"), (command.Export!.Format, command.Export.Area, command.Export.Output));
        Assert.Equal(["--Hub:DataDirectory=/tmp/x"], command.ConfigArgs);
    }

    [Theory]
    [InlineData("export")]
    [InlineData("export --format pdf")]
    [InlineData("export --format json --area 4301")]
    [InlineData("export --format json --out")]
    public void Parse_BadExport_SaysHowToUseIt(string args)
    {
        var command = HubCommand.Parse(args.Split(' '));

        Assert.NotNull(command.Error);
        Assert.Contains("--format F", command.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_OfTheSeededDemo_WritesEachFormat_ReadingTheHubsDatabase()
    {
        var directory = HubFactory.NewDataDirectory();
        Assert.Equal(0, await RunAsync(directory, "seed", "--demo"));
        var output = Path.Combine(directory, "out");

        Assert.Equal(0, await RunAsync(directory, "export", "--format", "hsds", "--area", "430112001", "--out", Path.Combine(output, "gtl.json")));
        Assert.Equal(0, await RunAsync(directory, "export", "--format", "graphml", "--area", "430112", "--out", Path.Combine(output, "wc.graphml")));
        Assert.Equal(0, await RunAsync(directory, "export", "--format", "csv", "--area", "430112", "--out", Path.Combine(output, "csv")));
        Assert.Equal(1, await RunAsync(directory, "export", "--format", "json", "--area", "999999"));

        var hsds = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(output, "gtl.json"))).RootElement;
        Assert.All(hsds.GetProperty("services").EnumerateArray(), s => HsdsSchemas.AssertValid(HsdsSchemas.Service, s, "service"));
        Assert.NotEmpty(XDocument.Load(Path.Combine(output, "wc.graphml")).Descendants(XName.Get("edge", GraphMLExportWriter.Namespace)));
        Assert.Equal(CsvExportWriter.Tables.Select(t => t + ".csv").Order(), Directory.GetFiles(Path.Combine(output, "csv")).Select(Path.GetFileName).Order());
    }
}
