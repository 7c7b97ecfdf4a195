using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Graph.Persistence;
using ResourceHub.Hub.Cli;

namespace ResourceHub.Hub.Tests.Cli;

public sealed class SeedCommandTests
{
    private static async Task<(int Exit, long Nodes, long Changes)> RunAsync(string directory, params string[] args)
    {
        var command = HubCommand.Parse([.. args, $"--Hub:DataDirectory={directory}"]);
        Assert.Null(command.Error);
        var builder = WebApplication.CreateBuilder(command.ConfigArgs);
        builder.Services.AddResourceHub(builder.Configuration, builder.Environment);
        await using var app = builder.Build();
        var exit = await command.RunAsync(app);
        await using var db = await app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<NetworkDbContext>>().CreateDbContextAsync();
        var result = (exit, db.Nodes.LongCount(), db.ChangeLog.LongCount());
        SqliteConnection.ClearAllPools();
        return result;
    }

    [Fact]
    public async Task SeedDemo_Twice_SecondAddsNothing()
    {
        var directory = HubFactory.NewDataDirectory();

        var first = await RunAsync(directory, "seed", "--demo");
        var second = await RunAsync(directory, "seed", "--demo");

        Assert.Equal(0, first.Exit);
        Assert.True(first.Nodes >= 1500);
        Assert.Equal(1, first.Changes);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Stats_EmptyDirectory_CreatesDatabaseWithoutSeeding()
    {
        var directory = HubFactory.NewDataDirectory();

        var result = await RunAsync(directory, "stats");

        Assert.Equal((0, 0L, 0L), result);
        Assert.True(File.Exists(Path.Combine(directory, "resourcehub.db")));
    }
}
