using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Persistence;

// Registration extensions live beside IServiceCollection, as EF Core's and MediatR's do.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the network: database, index, store and the one write path.</summary>
public static class GraphServiceCollectionExtensions
{
    /// <summary>
    /// Adds the network's services on the database <paramref name="connectionString"/> names (read when first needed):
    /// PostgreSQL when it names a host, else a SQLite file (<see cref="NetworkDatabase"/>); loaded and followed from the
    /// streaming replica <paramref name="replicaConnectionString"/> names, when it names one. When
    /// <paramref name="neo4j"/> gives a server, the network, its change log, keys and audit log are kept there instead
    /// (<see cref="ResourceHub.Graph.Persistence.Neo4j.Neo4jNetworkStore"/>), and the database keeps the rest (webhook deliveries).
    /// </summary>
    public static IServiceCollection AddResourceHubGraph(this IServiceCollection services, Func<IServiceProvider, string> connectionString,
        Func<IServiceProvider, string?>? replicaConnectionString = null, Func<IServiceProvider, ResourceHub.Graph.Persistence.Neo4j.Neo4jSettings?>? neo4j = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(connectionString);
        services.AddSingleton(sp => NetworkDatabase.CreateFactory(connectionString(sp)));
        services.AddSingleton<INetworkStore>(sp =>
        {
            var replica = replicaConnectionString?.Invoke(sp);
            if (neo4j?.Invoke(sp) is not { } server)
                return NetworkDatabase.CreateStore(sp.GetRequiredService<IDbContextFactory<NetworkDbContext>>(), connectionString(sp), replica);
            if (!string.IsNullOrWhiteSpace(replica))
                throw new InvalidOperationException("a read replica is PostgreSQL's: ConnectionStrings:HubReplica cannot stand beside Hub:Store=neo4j");
            return new ResourceHub.Graph.Persistence.Neo4j.Neo4jNetworkStore(server);
        });
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(ResourceHub.Graph.TimeBank.TimeBankRules.Default);
        services.AddSingleton<NetworkIndex>();
        services.TryAddSingleton<ResourceHub.Graph.Changes.ChangeFeed>();
        services.AddSingleton<NetworkWriter>();
        services.AddSingleton<ChangeLogFollower>();
        services.AddSingleton<AuditLog>();
        return services;
    }
}
