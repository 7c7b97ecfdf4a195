using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Persistence;

namespace ResourceHub.Graph.Tests.Persistence;

/// <summary>A hub's network services over a SQLite file in a temporary folder; <see cref="RestartAsync"/> starts afresh on the same file.</summary>
internal sealed class TestStore : IAsyncDisposable
{
    private readonly string _folder;

    private TestStore(string folder, TimeProvider time, Graph.TimeBank.TimeBankRules? timeBank)
    {
        _folder = folder;
        Time = time;
        Factory = new PooledDbContextFactory<NetworkDbContext>(
            new DbContextOptionsBuilder<NetworkDbContext>().UseSqlite($"Data Source={Path.Combine(folder, "network.db")}").Options);
        Store = new NetworkStore(Factory);
        Index = new NetworkIndex();
        Writer = new NetworkWriter(Factory, Index, Store, time, timeBank);
    }

    public IDbContextFactory<NetworkDbContext> Factory { get; }
    public NetworkStore Store { get; }
    public NetworkIndex Index { get; }
    public NetworkWriter Writer { get; }
    public TimeProvider Time { get; }

    public static async Task<TestStore> CreateAsync(TimeProvider? time = null, Graph.TimeBank.TimeBankRules? timeBank = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "resourcehub-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return await OpenAsync(folder, time ?? TimeProvider.System, timeBank);
    }

    private static async Task<TestStore> OpenAsync(string folder, TimeProvider time, Graph.TimeBank.TimeBankRules? timeBank = null)
    {
        var store = new TestStore(folder, time, timeBank);
        await store.Store.MigrateAsync();
        store.Index.SetLoaded(await store.Store.LoadAsync());
        return store;
    }

    /// <summary>A second hub instance on the same database file, with its own index and write path.</summary>
    public Task<TestStore> OpenSecondInstanceAsync() => OpenAsync(_folder, Time);

    /// <summary>Stops this instance (keeping the file) and starts a new one on it.</summary>
    public async Task<TestStore> RestartAsync()
    {
        SqliteClearPools();
        return await OpenAsync(_folder, Time);
    }

    private static void SqliteClearPools() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

    public async Task<long> CountRowsAsync(string table)
    {
        await using var db = await Factory.CreateDbContextAsync();
        return table switch
        {
            "nodes" => await db.Nodes.LongCountAsync(),
            "links" => await db.Links.LongCountAsync(),
            "change_log" => await db.ChangeLog.LongCountAsync(),
            _ => throw new ArgumentOutOfRangeException(nameof(table)),
        };
    }

    public ValueTask DisposeAsync()
    {
        SqliteClearPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A second instance may still hold the file; the temp folder is cleaned by the OS.
        }
        return ValueTask.CompletedTask;
    }
}
