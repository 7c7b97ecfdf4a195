using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ResourceHub.Hub.Startup;

// Registration extensions live beside IServiceCollection, as EF Core's and MediatR's do.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the hub: settings, the network on SQLite under the data directory, the schema and the loader.</summary>
internal static class HubServiceCollectionExtensions
{
    /// <summary>Adds everything the hub serves with.</summary>
    internal static IServiceCollection AddResourceHub(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Settings are read when first needed, so hosts and tests can set them up to the last moment.
        services.AddOptions<HubOptions>().Bind(configuration.GetSection("Hub"))
            .PostConfigure(o =>
            {
                o.ConnectionString ??= configuration.GetConnectionString("Hub");
                o.ReplicaConnectionString ??= configuration.GetConnectionString("HubReplica");
            });
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<HubOptions>>().Value);
        services.AddSingleton(sp =>
        {
            var limits = sp.GetRequiredService<HubOptions>().TimeBank;
            var rules = new ResourceHub.Graph.TimeBank.TimeBankRules { Floor = limits.Floor, Cap = limits.Cap };
            foreach (var problem in rules.Check()) throw new InvalidOperationException(problem);
            return rules;
        });
        services.AddSingleton(sp =>
        {
            var analytics = sp.GetRequiredService<HubOptions>().Analytics;
            if (analytics.ExactBetweennessMaxNodes < 0 || analytics.BetweennessSamples < 50 || analytics.BetweennessWorkBudget < 1)
                throw new InvalidOperationException("Hub:Analytics: ExactBetweennessMaxNodes must not be negative, BetweennessSamples must be at least 50 and BetweennessWorkBudget at least 1");
            return new ResourceHub.Graph.Analytics.BetweennessOptions
            {
                ExactMaxNodes = analytics.ExactBetweennessMaxNodes, Samples = analytics.BetweennessSamples, WorkBudget = analytics.BetweennessWorkBudget,
            };
        });
        services.AddResourceHubGraph(sp => sp.GetRequiredService<HubOptions>().Database, sp => sp.GetRequiredService<HubOptions>().ReplicaConnectionString,
            sp => sp.GetRequiredService<HubOptions>() is { OnNeo4j: true } hub ? hub.Neo4j : null);
        services.AddResourceHubSchema();
        services.AddHubTelemetry(configuration, environment);
        services.AddHubIdentity(configuration, environment);
        services.AddHubProtection(configuration, environment);
        services.AddSingleton<NetworkLoader>();
        services.AddHostedService<NetworkLoaderService>();
        services.AddHostedService<ChangeLogFollowerService>();
        services.AddSingleton(sp => new ResourceHub.Graph.Referrals.ReferralExpiry(sp.GetRequiredService<ResourceHub.Graph.Index.NetworkIndex>(),
            sp.GetRequiredService<ResourceHub.Graph.Persistence.NetworkWriter>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<HubOptions>().Referrals.ExpireAfter ?? throw new InvalidOperationException("Hub:Referrals:ExpireAfter is not set")));
        services.AddHostedService<ReferralExpiryService>();
        services.AddHttpClient(ResourceHub.Hub.Webhooks.WebhookDispatcher.Client, client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.AddHostedService<ResourceHub.Hub.Webhooks.WebhookDispatcher>();
        services.AddSingleton<ResourceHub.Hub.Endpoints.GraphQLHttpEndpoint>();
        services.AddSingleton<ResourceHub.Hub.Endpoints.GraphQLWebSocketEndpoint>();
        services.AddSingleton<ResourceHub.Hub.Endpoints.ExplorerPage>();
        services.AddSingleton<ResourceHub.Hub.Endpoints.MapPage>();
        services.AddSingleton<ResourceHub.Hub.Endpoints.BenchBareEndpoint>();
        services.AddSingleton<ResourceHub.Hub.Endpoints.ExportEndpoint>();
        services.AddSingleton<ResourceHub.Hub.Endpoints.Hsds.HsdsApi>();
        return services;
    }
}
