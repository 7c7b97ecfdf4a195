using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Persistence;
using ResourceHub.Graph.Tests.Persistence;

namespace ResourceHub.Hub.Tests.Persistence;

/// <summary>
/// The hub killed with SIGKILL in the middle of a write storm or a large import, at random moments: the database stays
/// consistent, every write it acknowledged is there, an import is all there or not at all, and the hub starts again on it.
/// </summary>
public sealed class CrashTests
{
    private const string CreateVolunteer = """
        mutation($input: CreateVolunteerInput!) { createVolunteer(input: $input) { volunteer { id } userErrors { code message } } }
        """;

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task WriteStorm_KilledAtRandomMoments_LosesNoAcknowledgedWrite_AndTheHubStartsAgainOnIt(string database)
    {
        var (folder, connection) = await DatabaseAsync(database);
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var acknowledged = new ConcurrentDictionary<string, string>();
        for (var round = 0; round < 3; round++)
        {
            await using var hub = await ChildHub.StartAsync(folder, connection);
            var token = await TokenAsync(folder, connection);
            using var client = new HttpClient { BaseAddress = hub.Address };
            using var storm = new CancellationTokenSource();
            var before = acknowledged.Count;
            var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
            {
                for (var i = 0; !storm.IsCancellationRequested; i++)
                {
                    var number = $"VNCRASH{round}{w}{i:D5}";
                    try
                    {
                        var r = await HubFactory.QueryAsync(client, CreateVolunteer, new { input = new { name = $"崩溃测试{round}-{w}-{i}", volunteerNumber = number, category = "RESIDENT" } }, token);
                        var payload = r.GetProperty("data").GetProperty("createVolunteer");
                        if (payload.GetProperty("userErrors").GetArrayLength() == 0) acknowledged[number] = payload.GetProperty("volunteer").GetProperty("id").GetString()!;
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or System.Text.Json.JsonException)
                    {
                        return; // the hub is gone
                    }
                    catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException)
                    {
                        // An answer without the payload (a request error): not acknowledged, and the storm goes on.
                    }
                }
            })).ToList();
            // Killed at a random moment once the storm is under way (a fresh hub's first commits are slow on a busy machine).
            for (var wait = 0; acknowledged.Count == before && wait < 1200; wait++) await Task.Delay(50);
            await Task.Delay(random.Next(0, 1200));
            await hub.KillAsync();
            await storm.CancelAsync();
            await Task.WhenAll(writers);

            var stored = await LoadAsync(folder, connection);
            var missing = acknowledged.Where(a => stored.VolunteerByNumber(a.Key) is null).Select(a => a.Key).ToList();
            Assert.True(missing.Count == 0, $"seed {seed}, round {round}: {missing.Count} acknowledged writes lost, e.g. {string.Join(", ", missing.Take(3))}");
            await AssertConsistentAsync(folder, connection, stored);
        }
        Assert.True(acknowledged.Count > 0, "no write was acknowledged before the kills");

        // The hub starts again on what the kills left, and its index holds what the database holds.
        await using var again = await ChildHub.StartAsync(folder, connection);
        var final = await LoadAsync(folder, connection);
        using var c = new HttpClient { BaseAddress = again.Address };
        var ready = System.Text.Json.JsonDocument.Parse(await c.GetStringAsync(new Uri("/readyz", UriKind.Relative))).RootElement;
        Assert.Equal((final.Sequence, final.NodeCount, final.LinkCount),
            (ready.GetProperty("sequence").GetInt64(), ready.GetProperty("nodes").GetInt32(), ready.GetProperty("links").GetInt32()));
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Import_KilledAtARandomMoment_IsAllThereOrNotAtAll_AndARunAgainCompletesWithoutDuplicates(string database)
    {
        var (folder, connection) = await DatabaseAsync(database);
        var file = Path.Combine(folder, "volunteers.csv");
        var csv = new StringBuilder("key,name,volunteer_number,category,skills,area\n");
        const int Rows = 20_000;
        for (var i = 0; i < Rows; i++) csv.Append(CultureInfoInvariant($"v{i},导入崩溃测试{i},VNKILL{i:D6},RESIDENT,companionship.visit,430112001001\n"));
        await File.WriteAllTextAsync(file, csv.ToString());
        // The demo network first, so the import has its community to name.
        await using (await ChildHub.StartAsync(folder, connection))
        {
        }
        var before = await LoadAsync(folder, connection);
        var random = new Random();
        string[] import = ["import", file, "--Hub:DataDirectory=" + folder, .. ChildHub.Settings(connection)];

        var (exit, output) = await ChildHub.RunAsync(import, killAfter: TimeSpan.FromMilliseconds(random.Next(1500, 6000)));

        var afterKill = await LoadAsync(folder, connection);
        var imported = afterKill.Count(NodeKind.Volunteer) - before.Count(NodeKind.Volunteer);
        Assert.True(imported is 0 or Rows, $"killed {(exit is null ? "mid-import" : "after it ended")}: {imported} of {Rows} rows are in the database\n{output}");
        await AssertConsistentAsync(folder, connection, afterKill);

        var (again, againOutput) = await ChildHub.RunAsync(import);

        Assert.True(again == 0, againOutput);
        var final = await LoadAsync(folder, connection);
        Assert.Equal(before.Count(NodeKind.Volunteer) + Rows, final.Count(NodeKind.Volunteer));
        Assert.NotNull(final.VolunteerByNumber("VNKILL019999"));
    }

    [Fact]
    public async Task AHubKilledWhileItMigratedTheFile_StartsAgainOnIt()
    {
        var (folder, _) = await DatabaseAsync("sqlite");
        await using (await ChildHub.StartAsync(folder, null))
        {
        }
        // What a hub killed inside EF Core's Migrate leaves in the file: the migration lock's row, which no one will delete.
        await MigrationLockRow.InsertAsync(ConnectionOf(folder, null));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        await using var again = await ChildHub.StartAsync(folder, null);

        using var client = new HttpClient { BaseAddress = again.Address };
        var ready = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(new Uri("/readyz", UriKind.Relative))).RootElement;
        Assert.Equal((await LoadAsync(folder, null)).NodeCount, ready.GetProperty("nodes").GetInt32());
    }

    private static string CultureInfoInvariant(FormattableString s) => s.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<(string Folder, string? Connection)> DatabaseAsync(string database)
    {
        var folder = HubFactory.NewDataDirectory();
        Directory.CreateDirectory(folder);
        return (folder, database == "postgres" ? await PostgresServer.CreateDatabaseAsync() : null);
    }

    private static string ConnectionOf(string folder, string? connection) => connection ?? $"Data Source={Path.Combine(folder, "resourcehub.db")}";

    private static async Task<Graph.Index.NetworkSnapshot> LoadAsync(string folder, string? connection)
    {
        var cs = ConnectionOf(folder, connection);
        return await NetworkDatabase.CreateStore(cs).LoadAsync();
    }

    // The file or database passes its engine's own checks, and every link's ends exist.
    private static async Task AssertConsistentAsync(string folder, string? connection, Graph.Index.NetworkSnapshot stored)
    {
        if (connection is null)
        {
            await using var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(folder, "resourcehub.db")}");
            await db.OpenAsync();
            await using var check = db.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", (string?)await check.ExecuteScalarAsync());
            check.CommandText = "PRAGMA foreign_key_check";
            await using var r = await check.ExecuteReaderAsync();
            Assert.False(await r.ReadAsync(), "a row breaks a foreign key");
        }
        foreach (var link in stored.Links()) Assert.True(stored.Node(link.FromId) is not null && stored.Node(link.ToId) is not null, $"link {link.Id} has a missing end");
    }

    private static async Task<string> TokenAsync(string folder, string? connection)
    {
        var (exit, output) = await ChildHub.RunAsync(["dev-token", "--role", "admin", "--Hub:DataDirectory=" + folder, .. ChildHub.Settings(connection)]);
        Assert.True(exit == 0, output);
        return output.Trim().Split('\n')[^1].Trim();
    }
}
