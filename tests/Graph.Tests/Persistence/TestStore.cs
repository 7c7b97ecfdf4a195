using Microsoft.EntityFrameworkCore;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Persistence;

namespace ResourceHub.Graph.Tests.Persistence;

/// <summary>
/// A hub's network services over a database of its own: a SQLite file in a temporary folder, a new database on the
/// test run's PostgreSQL server (<see cref="PostgresServer"/>), or a Neo4j server leased for the test
/// (<see cref="Neo4j.Neo4jServer"/>). <see cref="RestartAsync"/> starts afresh on the same
/// database; <see cref="OpenSecondInstanceAsync"/> opens another instance beside this one.
/// </summary>
internal sealed class TestStore : IAsyncDisposable
{
    /// <summary>The databases the persistence suite runs on, as theory data.</summary>
    public static TheoryData<string> Databases => new() { Sqlite, Postgres };

    /// <summary>The stores the persistence suite's share for every store runs on: the relational ones and Neo4j.</summary>
    public static TheoryData<string> Stores => new() { Sqlite, Postgres, Neo4jStore };

    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
    public const string Neo4jStore = "neo4j";

    private readonly string? _folder;
    private readonly Neo4j.Neo4jServer.Lease? _neo4j;

    private TestStore(string database, string connection, string? folder, TimeProvider time, Graph.TimeBank.TimeBankRules? timeBank, Neo4j.Neo4jServer.Lease? neo4j = null)
    {
        Database = database;
        Connection = connection;
        _folder = folder;
        _neo4j = neo4j;
        Time = time;
        Factory = neo4j is null ? NetworkDatabase.CreateFactory(connection) : null!;
        Store = neo4j is null
            ? NetworkDatabase.CreateStore(Factory, connection)
            : new Graph.Persistence.Neo4j.Neo4jNetworkStore(neo4j.Settings) { PollInterval = TimeSpan.FromMilliseconds(20) };
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
        if (database == Neo4jStore)
        {
            var lease = await Neo4j.Neo4jServer.LeaseAsync();
            return await OpenAsync(database, lease.Url.ToString(), null, time ?? TimeProvider.System, timeBank, lease, owner: true);
        }
        var folder = Path.Combine(Path.GetTempPath(), "resourcehub-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return await OpenAsync(database, $"Data Source={Path.Combine(folder, "network.db")}", folder, time ?? TimeProvider.System, timeBank);
    }

    private static async Task<TestStore> OpenAsync(string database, string connection, string? folder, TimeProvider time, Graph.TimeBank.TimeBankRules? timeBank = null,
        Neo4j.Neo4jServer.Lease? neo4j = null, bool owner = false)
    {
        var store = new TestStore(database, connection, folder, time, timeBank, neo4j) { _owner = owner };
        await store.Store.MigrateAsync();
        store.Index.SetLoaded(await store.Store.LoadAsync());
        return store;
    }

    /// <summary>A second hub instance on the same database, with its own index and write path.</summary>
    public Task<TestStore> OpenSecondInstanceAsync() => OpenAsync(Database, Connection, null, Time, null, _neo4j);

    // True for the instance that leased the Neo4j server, which gives it back.
    private bool _owner;

    /// <summary>Stops this instance (keeping the database) and starts a new one on it.</summary>
    public async Task<TestStore> RestartAsync()
    {
        SqliteClearPools();
        // The new instance gives the Neo4j server back, whichever is disposed first.
        var owner = _owner;
        _owner = false;
        return await OpenAsync(Database, Connection, _folder, Time, null, _neo4j, owner);
    }

    private static void SqliteClearPools() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

    /// <summary>Each change-log entry's actor and changes, as the database holds them.</summary>
    public async Task<List<(string Actor, string Changes)>> ChangeLogAsync()
    {
        if (Store is Graph.Persistence.Neo4j.Neo4jNetworkStore neo4j)
        {
            var rows = (await neo4j.Client.RunAsync("MATCH (e:ChangeLogEntry) RETURN e.actor, e.changes ORDER BY e.seq")).Rows;
            return [.. rows.Select(r => (r[0].GetString()!, r[1].GetString()!))];
        }
        await using var db = await Factory.CreateDbContextAsync();
        return [.. db.ChangeLog.OrderBy(r => r.Sequence).AsEnumerable().Select(r => (r.Actor, r.Changes))];
    }

    public async Task<long> CountRowsAsync(string table)
    {
        if (Store is Graph.Persistence.Neo4j.Neo4jNetworkStore neo4j)
        {
            var count = table switch
            {
                "nodes" => "MATCH (n:Node) RETURN count(n)",
                "links" => "MATCH (:Node)-[r]->(:Node) RETURN count(r)",
                "change_log" => "MATCH (e:ChangeLogEntry) RETURN count(e)",
                _ => throw new ArgumentOutOfRangeException(nameof(table)),
            };
            return (await neo4j.Client.RunAsync(count)).Rows[0][0].GetInt64();
        }
        await using var db = await Factory.CreateDbContextAsync();
        return table switch
        {
            "nodes" => await db.Nodes.LongCountAsync(),
            "links" => await db.Links.LongCountAsync(),
            "change_log" => await db.ChangeLog.LongCountAsync(),
            _ => throw new ArgumentOutOfRangeException(nameof(table)),
        };
    }

    public async ValueTask DisposeAsync()
    {
        if (Store is IDisposable disposable) disposable.Dispose();
        if (_neo4j is not null && _owner) await _neo4j.DisposeAsync();
        SqliteClearPools();
        if (_folder is null) return;
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A second instance may still hold the file; the temp folder is cleaned by the OS.
        }
    }
}
