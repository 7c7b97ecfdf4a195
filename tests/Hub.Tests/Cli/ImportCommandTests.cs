using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Graph.Persistence;
using ResourceHub.Hub.Cli;

namespace ResourceHub.Hub.Tests.Cli;

/// <summary>
/// `import` as an operator runs it on a hub holding the demo network: the documented example files (docs/import) go in
/// as one change; run again they are found and written no second time; a file with a bad row writes nothing at all and
/// says where the row is.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ImportCommandTests
{
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "docs", "import");

    private static async Task<(int Exit, string Output, long Nodes, long Links, long Changes)> RunAsync(string directory, params string[] args)
    {
        var (exit, output, rows) = await HubVerb.RunAsync(directory, args, async app =>
        {
            await using var db = await app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<NetworkDbContext>>().CreateDbContextAsync();
            return (Nodes: db.Nodes.LongCount(), Links: db.Links.LongCount(), Changes: db.ChangeLog.LongCount());
        });
        return (exit, output, rows.Nodes, rows.Links, rows.Changes);
    }

    private static string[] ExampleFiles => [.. new[] { "organizations.csv", "volunteers.csv", "resources.csv", "links.csv" }.Select(f => Path.GetFullPath(Path.Combine(Examples, f)))];

    [Fact]
    public async Task Examples_GoInAsOneChange_AndASecondRunWritesNothing()
    {
        var directory = HubFactory.NewDataDirectory();
        var seeded = await RunAsync(directory, "seed", "--demo");

        var first = await RunAsync(directory, ["import", .. ExampleFiles]);
        var second = await RunAsync(directory, ["import", .. ExampleFiles]);

        Assert.Equal(0, first.Exit);
        Assert.Contains("Imported 5 nodes and ", first.Output, StringComparison.Ordinal);
        Assert.Equal((seeded.Nodes + 5, seeded.Changes + 1), (first.Nodes, first.Changes));
        Assert.True(first.Links > seeded.Links + 5);
        Assert.Equal(0, second.Exit);
        Assert.Contains("Already imported at change 2", second.Output, StringComparison.Ordinal);
        Assert.Equal((first.Nodes, first.Links, first.Changes), (second.Nodes, second.Links, second.Changes));
    }

    [Fact]
    public async Task ABadRow_WritesNothing_AndIsToldByFileAndLine()
    {
        var directory = HubFactory.NewDataDirectory();
        var seeded = await RunAsync(directory, "seed", "--demo");
        var bad = Path.Combine(HubFactory.NewDataDirectory(), "volunteers.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(bad)!);
        await File.WriteAllTextAsync(bad, "编号,姓名,志愿者编号,志愿者类别,技能,所在社区\nok,好,VNOK000001,RESIDENT,companionship.visit,430112001001\nbad,坏,VNBAD00001,RESIDENT,no.such.skill,430112001001\n");

        var result = await RunAsync(directory, "import", ExampleFiles[0], bad);

        Assert.Equal(1, result.Exit);
        Assert.Contains("nothing was written", result.Output, StringComparison.Ordinal);
        Assert.Contains("volunteers.csv", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"│\s*3\s*│", result.Output);
        Assert.Equal((seeded.Nodes, seeded.Links, seeded.Changes), (result.Nodes, result.Links, result.Changes));
    }

    [Theory]
    [InlineData("import")]
    [InlineData("import /no/such/file.csv")]
    public void Parse_NoOrMissingFiles_SaysHowToUseIt(string args)
    {
        var command = HubCommand.Parse(args.Split(' '));

        Assert.NotNull(command.Error);
        Assert.Contains("usage:", command.Error, StringComparison.Ordinal);
    }
}
