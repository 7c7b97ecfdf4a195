using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ResourceHub.Graph.Index;

namespace ResourceHub.Hub.Tests.Startup;

/// <summary>What the hub logs, as a log sink receives it: nothing of an elder's personal data, whatever the requests carried.</summary>
public sealed class LogsTests
{
    private const string Create = """
        mutation($input: CreateElderInput!) { createElder(input: $input) { elder { id name phone address } userErrors { field code message } } }
        """;

    [Fact]
    public async Task WritingReadingAndMistypingAnEldersData_LeavesNoneOfItInAnyLog()
    {
        var logs = new CapturedLogs();
        await using var hub = new HubFactory(environment: "Development",
            settings: new Dictionary<string, string?> { ["Logging:LogLevel:ResourceHub"] = "Trace", ["Logging:LogLevel:GraphQL"] = "Trace" })
        {
            TestServices = s => s.AddSingleton<ILoggerProvider>(logs),
        };
        var client = await hub.ReadyClientAsync();
        var community = hub.Services.GetRequiredService<NetworkIndex>().Current.AreaByCode("430112001001")!;
        var token = hub.DevToken("--role", "social_worker", "--area", "430112");
        (string Name, string Phone, string Address, string Health) secret = ("隐私测试老人甲", "13912345678", "望城区隐私路88号", "心脏起搏器术后");
        var input = new
        {
            name = secret.Name, ageBand = "FROM_70_TO_79", living = "WITH_SPOUSE", mobility = "PARTLY_DISABLED", phone = secret.Phone,
            address = secret.Address, healthNotes = secret.Health, areaId = ResourceHub.Schema.Relay.GlobalId.Encode(community),
        };

        var created = await HubFactory.QueryAsync(client, Create, new { input }, token);
        var id = created.GetProperty("data").GetProperty("createElder").GetProperty("elder").GetProperty("id").GetString()!;
        var refused = await HubFactory.QueryAsync(client, Create, new { input = input with { ageBand = "NOT_AN_AGE" } }, token);
        var read = await HubFactory.QueryAsync(client, "query($id: ID!) { node(id: $id) { ... on Elder { name phone address healthNotes } } }", new { id }, token);
        var query = $"{{ search(text: \"{secret.Name}\") {{ score }} node(id: \"{id}\") {{ ... on Elder {{ name address }} }} }}";
        using (var get = new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString(query)}"))
        {
            get.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            (await client.SendAsync(get)).EnsureSuccessStatusCode();
        }
        await HubFactory.QueryAsync(client, $"{{ node(id: \"{id}\") {{ ... on Elder {{ name {secret.Name} }} }} }}", token: token); // a field that is not there

        Assert.Equal(secret.Name, read.GetProperty("data").GetProperty("node").GetProperty("name").GetString());
        Assert.True(refused.TryGetProperty("errors", out _), refused.ToString());
        Assert.NotEmpty(logs.Entries);
        // As written, and as a logged URL or JSON would escape it.
        foreach (var value in new[] { secret.Name, secret.Phone, secret.Address, secret.Health }.SelectMany(v => new[] { v, Uri.EscapeDataString(v), System.Text.Json.JsonSerializer.Serialize(v) }))
            Assert.DoesNotContain(logs.Entries, e => e.Contains(value, StringComparison.Ordinal));
    }

    // Every entry as a sink would keep it: category, message, exception and each structured value.
    private sealed class CapturedLogs : ILoggerProvider
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _entries = new();

        public IReadOnlyCollection<string> Entries => _entries;

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, System.Collections.Concurrent.ConcurrentQueue<string> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull
            {
                entries.Enqueue($"{category} scope {state}");
                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(' ', pairs.Select(p => $"{p.Key}={p.Value}")) : "";
                entries.Enqueue($"{category} {logLevel} {formatter(state, exception)} {values} {exception}");
            }
        }
    }
}
