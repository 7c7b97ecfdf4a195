using ResourceHub.Graph.Demo;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Persistence;

namespace ResourceHub.Hub.Startup;

/// <summary>
/// Brings the index up when the hub starts: applies migrations, loads the network, loads the demo network
/// when the database is empty (and seeding is on), then marks the index loaded so /healthz answers 200.
/// </summary>
internal sealed partial class NetworkLoader(INetworkStore store, NetworkIndex index, NetworkWriter writer, HubOptions options,
    Microsoft.EntityFrameworkCore.IDbContextFactory<NetworkDbContext> database, ILogger<NetworkLoader> logger)
{
    public async Task LoadAsync(bool seedDemo, CancellationToken ct)
    {
        if (!options.OnPostgres) Directory.CreateDirectory(Path.GetDirectoryName(options.DatabasePath)!);
        if (options.OnNeo4j)
        {
            // The network is Neo4j's; the database beside it keeps the webhook deliveries.
            await using var db = await database.CreateDbContextAsync(ct);
            await SqliteMigrationLock.MigrateAsync(db, ct);
        }
        await store.MigrateAsync(ct);
        var snapshot = await store.LoadAsync(ct);
        index.Swap(snapshot);
        if (seedDemo && snapshot.NodeCount == 0)
        {
            var result = await writer.CommitAsync(DemoNetwork.Build(), DemoNetwork.Actor, ct);
            if (!result.Succeeded) throw new InvalidOperationException("the demo network does not validate: " + string.Join("; ", result.Errors.Take(5)));
            LogSeeded(index.Current.NodeCount, index.Current.LinkCount);
        }
        index.SetLoaded(index.Current);
        LogLoaded(index.Current.NodeCount, index.Current.LinkCount, index.Current.Sequence, options.DatabaseDescription);
    }

    [LoggerMessage(LogLevel.Information, "Loaded the demo network of 望城区: {Nodes} nodes, {Links} links")]
    private partial void LogSeeded(int nodes, int links);

    [LoggerMessage(LogLevel.Information, "Index loaded: {Nodes} nodes, {Links} links, change log at {Sequence}, database {Database}")]
    private partial void LogLoaded(int nodes, int links, long sequence, string database);
}
