using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Demo;
using ResourceHub.Graph.Index;
using ResourceHub.Schema;

namespace ResourceHub.Schema.Tests;

/// <summary>The schema over the demo network held in memory (same validation and ids as a fresh hub), shared by all schema tests.</summary>
internal static class DemoSchema
{
    /// <summary>The instant the demo is created at, so timestamps in answers are fixed.</summary>
    public static readonly DateTimeOffset CreatedAt = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<(ServiceProvider Services, NetworkSnapshot Snapshot)> State = new(() =>
    {
        var services = new ServiceCollection();
        services.AddSingleton<NetworkIndex>();
        services.AddResourceHubSchema();
        var provider = services.BuildServiceProvider();
        var snapshot = InMemoryNetwork.Build(DemoNetwork.Build(), CreatedAt);
        provider.GetRequiredService<NetworkIndex>().SetLoaded(snapshot);
        return (provider, snapshot);
    });

    public static NetworkSnapshot Snapshot => State.Value.Snapshot;

    public static HubExecutor Executor => State.Value.Services.GetRequiredService<HubExecutor>();

    /// <summary>Runs a document and returns the response as the HTTP endpoint would write it.</summary>
    public static async Task<string> RunAsync(string query, Inputs? variables = null)
    {
        var result = await Executor.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables }, Snapshot, null, null, CancellationToken.None);
        var serializer = State.Value.Services.GetRequiredService<IGraphQLTextSerializer>();
        return serializer.Serialize(result);
    }

    /// <summary>Runs a document and returns the response indented, Chinese unescaped, for snapshots a reviewer can read.</summary>
    public static async Task<string> RunIndentedAsync(string query, Inputs? variables = null)
    {
        using var document = JsonDocument.Parse(await RunAsync(query, variables));
        return JsonSerializer.Serialize(document.RootElement, Indented);
    }

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Runs a document and parses the response.</summary>
    public static async Task<JsonElement> RunJsonAsync(string query, Inputs? variables = null) =>
        JsonDocument.Parse(await RunAsync(query, variables)).RootElement.Clone();
}
