using GraphQL;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ResourceHub.Schema;

// Registration extensions live beside IServiceCollection, as EF Core's and MediatR's do.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the GraphQL schema, its types and the executor.</summary>
public static class SchemaServiceCollectionExtensions
{
    /// <summary>Adds the schema (singleton graph types) and <see cref="HubExecutor"/>.</summary>
    public static IServiceCollection AddResourceHubSchema(this IServiceCollection services)
    {
        services.AddGraphQL(b => b
            .AddSchema<ResourceHubSchema>()
            .AddGraphTypes(typeof(ResourceHubSchema).Assembly)
            .UseMiddleware<ResourceHub.Schema.Access.AccessMiddleware>()
            .AddSystemTextJson(o => o.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping));
        services.AddSingleton<QueryType>();
        services.AddSingleton<ResourceHub.Schema.Mutations.MutationType>();
        services.AddSingleton<ResourceHub.Schema.Subscriptions.SubscriptionType>();
        services.AddSingleton<ResourceHub.Schema.Mutations.MutationRunner>();
        services.TryAddSingleton(new ResourceHub.Schema.Limits.RequestLimits());
        services.TryAddSingleton(ResourceHub.Schema.Limits.PersistedDocuments.None);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<HubExecutor>();
        return services;
    }
}
