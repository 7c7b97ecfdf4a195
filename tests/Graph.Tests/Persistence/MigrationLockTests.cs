using Microsoft.Data.Sqlite;
using ResourceHub.Graph.Persistence;

namespace ResourceHub.Graph.Tests.Persistence;

/// <summary>
/// A SQLite file whose migration was cut short by a killed process: EF Core's lock row stays in it, and the store must
/// still start on the file (it waited for that row forever, so a hub killed in its first second never started again),
/// while a migration that is really under way in another process is waited for, not broken into.
/// </summary>
public sealed class MigrationLockTests
{
    // What EF Core's SQLite migrator inserts as it takes its lock, and deletes as it lets it go.
    private const string LockRow = "INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '2026-12-02 07:09:00+00:00')";

    [Fact]
    public async Task TheLockRowOfAProcessKilledWhileMigrating_DoesNotStopTheStoreStarting_AndNothingIsLost()
    {
        await using var first = await TestStore.CreateAsync();
        Assert.True((await first.Writer.CommitAsync(MiniNetwork.Create(), "seed")).Succeeded);
        await ExecuteAsync(first.Connection, LockRow);

        // Bounded, so the old behaviour (waiting for the row forever) fails here rather than hanging the run.
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var store = NetworkDatabase.CreateStore(first.Connection);
        await store.MigrateAsync(bound.Token);

        var loaded = await store.LoadAsync(bound.Token);
        Assert.Equal((first.Index.Current.Sequence, first.Index.Current.NodeCount, first.Index.Current.LinkCount), (loaded.Sequence, loaded.NodeCount, loaded.LinkCount));
        Assert.Equal(0L, await CountAsync(first.Connection, "SELECT count(*) FROM \"__EFMigrationsLock\""));
    }

    [Fact]
    public async Task WhileAnotherProcessMigratesTheFile_TheStoreWaitsForIt_AndLeavesItsLockAlone()
    {
        await using var first = await TestStore.CreateAsync();
        var path = new SqliteConnectionStringBuilder(first.Connection).DataSource;
        var other = await SqliteMigrationLock.AcquireAsync(path, TimeSpan.FromSeconds(5));
        await ExecuteAsync(first.Connection, LockRow);

        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var migrating = NetworkDatabase.CreateStore(first.Connection).MigrateAsync(bound.Token);
        await Task.Delay(1000);
        Assert.False(migrating.IsCompleted, "the store migrated while another process held the migration lock");
        Assert.Equal(1L, await CountAsync(first.Connection, "SELECT count(*) FROM \"__EFMigrationsLock\""));

        // The other process ends its migration as EF Core does: its row deleted, then its lock let go.
        await ExecuteAsync(first.Connection, "DELETE FROM \"__EFMigrationsLock\"");
        await other.DisposeAsync();
        await migrating;
        Assert.Equal(first.Index.Current.Sequence, await NetworkDatabase.CreateStore(first.Connection).HeadAsync(bound.Token));
    }

    [Fact]
    public async Task AMigrationThatNeverEnds_IsWaitedForOnlySoLong_AndTheErrorNamesTheLockFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "resourcehub-tests", Guid.NewGuid().ToString("N") + ".db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var held = await SqliteMigrationLock.AcquireAsync(path, TimeSpan.FromSeconds(5));

        var error = await Assert.ThrowsAsync<TimeoutException>(() => SqliteMigrationLock.AcquireAsync(path, TimeSpan.FromMilliseconds(300)));

        Assert.Contains(SqliteMigrationLock.LockFileOf(path), error.Message, StringComparison.Ordinal);
    }

    private static async Task ExecuteAsync(string connection, string sql)
    {
        await using var db = new SqliteConnection(connection);
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> CountAsync(string connection, string sql)
    {
        await using var db = new SqliteConnection(connection);
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
