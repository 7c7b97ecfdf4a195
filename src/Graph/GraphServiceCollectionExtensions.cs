using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Persistence;

// Registration extensions live beside IServiceCollection, as EF Core's and MediatR's do.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the network: database, index, store and the one write path.</summary>
public static class GraphServiceCollectionExtensions
{
    /// <summary>Adds the network's services; <paramref name="configureDatabase"/> picks the provider and connection.</summary>
    public static IServiceCollection AddResourceHubGraph(this IServiceCollection services, Action<IServiceProvider, DbContextOptionsBuilder> configureDatabase)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddDbContextFactory<NetworkDbContext>(configureDatabase);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(ResourceHub.Graph.TimeBank.TimeBankRules.Default);
        services.AddSingleton<NetworkIndex>();
        services.TryAddSingleton<ResourceHub.Graph.Changes.ChangeFeed>();
        services.AddSingleton<NetworkStore>();
        services.AddSingleton<NetworkWriter>();
        services.AddSingleton<AuditLog>();
        return services;
    }
}
