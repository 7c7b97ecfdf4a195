using Microsoft.EntityFrameworkCore;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Persistence;

namespace ResourceHub.Graph.Tests.Persistence;

/// <summary>
/// A hub's network services over a database of its own: a SQLite file in a temporary folder, or a new database on the
/// test run's PostgreSQL server (<see cref="PostgresServer"/>). <see cref="RestartAsync"/> starts afresh on the same
/// database; <see cref="OpenSecondInstanceAsync"/> opens another instance beside this one.
/// </summary>
internal sealed class TestStore : IAsyncDisposable
{
    /// <summary>The databases the persistence suite runs on, as theory data.</summary>
    public static TheoryData<string> Databases => new() { Sqlite, Postgres };

    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    private readonly string? _folder;

    private TestStore(string database, string connection, string? folder, TimeProvider time, Graph.TimeBank.TimeBankRules? timeBank)
    {
        Database = database;
        Connection = connection;
        _folder = folder;
        Time = time;
        Factory = NetworkDatabase.CreateFactory(connection);
        Store = NetworkDatabase.CreateStore(Factory, connection);
        Index = new NetworkIndex();
        Writer = new NetworkWriter(Store, Index, time, timeBank);
    }

    public string Database { get; }
    public string Connection { get; }
    public IDbContextFactory<NetworkDbContext> Factory { get; }
    public INetworkStore Store { get; }
    public NetworkIndex Index { get; }
    public NetworkWriter Writer { get; }
    public TimeProvider Time { get; }

    /// <summary>A store on a new database; on PostgreSQL, the case reports itself skipped where there is no server to start.</summary>
    public static async Task<TestStore> CreateAsync(string database = Sqlite, TimeProvider? time = null, Graph.TimeBank.TimeBankRules? timeBank = null)
    {
        if (database == Postgres) return await OpenAsync(database, await PostgresServer.CreateDatabaseAsync(), null, time ?? TimeProvider.System, timeBank);
        var folder = Path.Combine(Path.GetTempPath(), "resourcehub-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return await OpenAsync(database, $"Data Source={Path.Combine(folder, "network.db")}", folder, time ?? TimeProvider.System, timeBank);
    }

    private static async Task<TestStore> OpenAsync(string database, string connection, string? folder, TimeProvider time, Graph.TimeBank.TimeBankRules? timeBank = null)
    {
        var store = new TestStore(database, connection, folder, time, timeBank);
        await store.Store.MigrateAsync();
        store.Index.SetLoaded(await store.Store.LoadAsync());
        return store;
    }

    /// <summary>A second hub instance on the same database, with its own index and write path.</summary>
    public Task<TestStore> OpenSecondInstanceAsync() => OpenAsync(Database, Connection, null, Time);

    /// <summary>Stops this instance (keeping the database) and starts a new one on it.</summary>
    public async Task<TestStore> RestartAsync()
    {
        SqliteClearPools();
        return await OpenAsync(Database, Connection, _folder, Time);
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
        if (_folder is null) return ValueTask.CompletedTask;
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
