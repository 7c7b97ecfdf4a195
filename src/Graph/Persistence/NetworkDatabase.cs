using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ResourceHub.Graph.Persistence;

/// <summary>
/// The database a connection string names — PostgreSQL when it names a host (<c>Host=…</c>), otherwise a SQLite file
/// (<c>Data Source=…</c>) — with its contexts and its store.
/// </summary>
public static class NetworkDatabase
{
    /// <summary>True when the connection string is PostgreSQL's (it names a host or server).</summary>
    public static bool IsPostgres(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var keys = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return keys.ContainsKey("Host") || keys.ContainsKey("Server");
    }

    /// <summary>Contexts on the database, pooled; on PostgreSQL they carry PostgreSQL's migrations.</summary>
    public static IDbContextFactory<NetworkDbContext> CreateFactory(string connectionString) =>
        IsPostgres(connectionString)
            ? new Derived<PostgresNetworkDbContext>(new PooledDbContextFactory<PostgresNetworkDbContext>(
                new DbContextOptionsBuilder<PostgresNetworkDbContext>().UseNpgsql(connectionString).Options))
            : new PooledDbContextFactory<NetworkDbContext>(new DbContextOptionsBuilder<NetworkDbContext>().UseSqlite(connectionString).Options);

    /// <summary>The store for the database, on contexts of its own.</summary>
    public static INetworkStore CreateStore(string connectionString) => CreateStore(CreateFactory(connectionString), connectionString);

    /// <summary>The store for the database.</summary>
    public static INetworkStore CreateStore(IDbContextFactory<NetworkDbContext> factory, string connectionString) =>
        IsPostgres(connectionString) ? new PostgresNetworkStore(factory) : new SqliteNetworkStore(factory);

    /// <summary>
    /// The store for the database, loading and following from a streaming replica when <paramref name="replicaConnectionString"/>
    /// names one (<see cref="ReplicatedNetworkStore"/>). A replica is PostgreSQL's: a SQLite file has none.
    /// </summary>
    public static INetworkStore CreateStore(IDbContextFactory<NetworkDbContext> factory, string connectionString, string? replicaConnectionString)
    {
        var store = CreateStore(factory, connectionString);
        if (string.IsNullOrWhiteSpace(replicaConnectionString)) return store;
        if (!IsPostgres(connectionString) || !IsPostgres(replicaConnectionString))
            throw new InvalidOperationException("a read replica is PostgreSQL's: ConnectionStrings:HubReplica needs ConnectionStrings:Hub and itself to name PostgreSQL servers");
        return new ReplicatedNetworkStore(store, CreateStore(replicaConnectionString));
    }

    private sealed class Derived<T>(IDbContextFactory<T> inner) : IDbContextFactory<NetworkDbContext>
        where T : NetworkDbContext
    {
        public NetworkDbContext CreateDbContext() => inner.CreateDbContext();

        public async Task<NetworkDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
            await inner.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
    }
}
