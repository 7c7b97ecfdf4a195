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
    [Fact]
    public async Task TheLockRowOfAProcessKilledWhileMigrating_DoesNotStopTheStoreStarting_AndNothingIsLost()
    {
        await using var first = await TestStore.CreateAsync();
        Assert.True((await first.Writer.CommitAsync(MiniNetwork.Create(), "seed")).Succeeded);
        await MigrationLockRow.InsertAsync(first.Connection);

        // Bounded, so the old behaviour (waiting for the row forever) fails here rather than hanging the run.
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var store = NetworkDatabase.CreateStore(first.Connection);
        await store.MigrateAsync(bound.Token);

        var loaded = await store.LoadAsync(bound.Token);
        Assert.Equal((first.Index.Current.Sequence, first.Index.Current.NodeCount, first.Index.Current.LinkCount), (loaded.Sequence, loaded.NodeCount, loaded.LinkCount));
        Assert.Equal(0L, await MigrationLockRow.CountAsync(first.Connection));
    }

    [Fact]
    public async Task WhileAnotherProcessMigratesTheFile_TheStoreWaitsForIt_AndLeavesItsLockAlone()
    {
        await using var first = await TestStore.CreateAsync();
        var path = new SqliteConnectionStringBuilder(first.Connection).DataSource;
        var other = await SqliteMigrationLock.AcquireAsync(path, TimeSpan.FromSeconds(5));
        await MigrationLockRow.InsertAsync(first.Connection);

        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var migrating = NetworkDatabase.CreateStore(first.Connection).MigrateAsync(bound.Token);
        await Task.Delay(1000);
        Assert.False(migrating.IsCompleted, "the store migrated while another process held the migration lock");
        Assert.Equal(1L, await MigrationLockRow.CountAsync(first.Connection));

        // The other process ends its migration as EF Core does: its row deleted, then its lock let go.
        await MigrationLockRow.DeleteAsync(first.Connection);
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
}
