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
    /// streaming replica <paramref name="replicaConnectionString"/> names, when it names one.
    /// </summary>
    public static IServiceCollection AddResourceHubGraph(this IServiceCollection services, Func<IServiceProvider, string> connectionString,
        Func<IServiceProvider, string?>? replicaConnectionString = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(connectionString);
        services.AddSingleton(sp => NetworkDatabase.CreateFactory(connectionString(sp)));
        services.AddSingleton(sp => NetworkDatabase.CreateStore(sp.GetRequiredService<IDbContextFactory<NetworkDbContext>>(), connectionString(sp),
            replicaConnectionString?.Invoke(sp)));
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
