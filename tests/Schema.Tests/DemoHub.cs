using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Demo;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Persistence;
using ResourceHub.Schema;

namespace ResourceHub.Schema.Tests;

/// <summary>
/// The schema over the demo network in a SQLite file of its own, with the real write path: what a fresh hub
/// holds, ids and all. Read-only tests share <see cref="Shared"/>; tests that write make their own.
/// </summary>
public sealed class DemoHub : IAsyncDisposable
{
    /// <summary>The instant every write is stamped with, so answers are the same on every run.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<Task<DemoHub>> SharedHub = new(() => CreateAsync(Caller.Anonymous));

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly ServiceProvider _services;
    private readonly string _folder;
    private bool _ownsFolder;

    private DemoHub(ServiceProvider services, string folder, bool ownsFolder, Caller defaultCaller)
    {
        DefaultCaller = defaultCaller;
        _services = services;
        _folder = folder;
        _ownsFolder = ownsFolder;
    }

    /// <summary>
    /// Who runs a document when a test names nobody: anonymous on the shared hub (what the public sees), an admin on a
    /// hub of a test's own (tests of writing, which check the write path, not who may write).
    /// </summary>
    public Caller DefaultCaller { get; }

    /// <summary>The hub shared by read-only tests; never write through it.</summary>
    public static Task<DemoHub> Shared => SharedHub.Value;

    public NetworkSnapshot Snapshot => _services.GetRequiredService<NetworkIndex>().Current;

    public HubExecutor Executor => _services.GetRequiredService<HubExecutor>();

    /// <summary>The hub's services.</summary>
    public IServiceProvider Services => _services;

    public INetworkStore Store => _services.GetRequiredService<INetworkStore>();

    /// <summary>The SQLite file the hub writes.</summary>
    public string DatabasePath => Path.Combine(_folder, "hub.db");

    /// <summary>
    /// A new hub with the demo network loaded; documents run as <paramref name="defaultCaller"/> (an admin) unless a test
    /// names another. <paramref name="configure"/> may register services of its own (limits, a clock) before the hub's.
    /// </summary>
    public static async Task<DemoHub> CreateAsync(Caller? defaultCaller = null, Action<IServiceCollection>? configure = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "resourcehub-schema-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return await StartAsync(folder, seedDemo: true, ownsFolder: true, defaultCaller ?? Callers.Admin, configure);
    }

    /// <summary>
    /// Another hub on the database of <paramref name="running"/>, as a second instance of the hub would be: it loads
    /// what is committed now and shares the change log and idempotency keys. The folder stays with <paramref name="running"/>.
    /// </summary>
    public static Task<DemoHub> OpenAsync(DemoHub running)
    {
        ArgumentNullException.ThrowIfNull(running);
        return StartAsync(running._folder, seedDemo: false, ownsFolder: false, running.DefaultCaller);
    }

    /// <summary>
    /// Stops this hub and starts a new one on the same database, as restarting the process would: the new hub knows
    /// only what was committed. This instance is spent; the new one owns the folder.
    /// </summary>
    public async Task<DemoHub> RestartAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        var owns = _ownsFolder;
        _ownsFolder = false;
        return await StartAsync(_folder, seedDemo: false, ownsFolder: owns, DefaultCaller);
    }

    private static async Task<DemoHub> StartAsync(string folder, bool seedDemo, bool ownsFolder, Caller defaultCaller, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FixedTime(Now));
        configure?.Invoke(services);
        services.AddResourceHubGraph(_ => $"Data Source={Path.Combine(folder, "hub.db")}");
        services.AddResourceHubSchema();
        var provider = services.BuildServiceProvider();
        var store = provider.GetRequiredService<INetworkStore>();
        await store.MigrateAsync();
        var index = provider.GetRequiredService<NetworkIndex>();
        index.Swap(await store.LoadAsync());
        if (seedDemo)
        {
            var result = await provider.GetRequiredService<NetworkWriter>().CommitAsync(DemoNetwork.Build(), DemoNetwork.Actor);
            if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors));
        }
        index.SetLoaded(index.Current);
        return new DemoHub(provider, folder, ownsFolder, defaultCaller);
    }

    /// <summary>Runs a document as <paramref name="caller"/> (else <see cref="DefaultCaller"/>) and returns the response as the endpoint writes it.</summary>
    public async Task<string> RunAsync(string query, object? variables = null, Caller? caller = null)
    {
        var serializer = _services.GetRequiredService<IGraphQLTextSerializer>();
        var inputs = variables is null ? null : serializer.Deserialize<Inputs>(JsonSerializer.Serialize(variables));
        var result = await Executor.ExecuteAsync(new GraphQLRequest { Query = query, Variables = inputs }, caller ?? DefaultCaller, _services, CancellationToken.None);
        return serializer.Serialize(result);
    }

    /// <summary>Runs a document and returns the response indented, for snapshots a reviewer can read.</summary>
    public async Task<string> RunIndentedAsync(string query, object? variables = null, Caller? caller = null)
    {
        using var document = JsonDocument.Parse(await RunAsync(query, variables, caller));
        return JsonSerializer.Serialize(document.RootElement, Indented);
    }

    /// <summary>Runs a document and parses the response.</summary>
    public async Task<JsonElement> RunJsonAsync(string query, object? variables = null, Caller? caller = null) =>
        JsonDocument.Parse(await RunAsync(query, variables, caller)).RootElement.Clone();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (!_ownsFolder) return;
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean up with the temp folder.
        }
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
