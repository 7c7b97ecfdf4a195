using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Hub.Tests.Startup;

/// <summary>Traces and metrics as an exporter receives them: the operation by its name, the work inside it, and none of the data it read.</summary>
public sealed class TelemetryTests
{
    private const string ElderCard = "query ElderCard($id: ID!) { node(id: $id) { ... on Elder { name address } } }";

    [Fact]
    public async Task AnOperationReadingAnEldersName_IsTracedByItsName_AndNoSpanOrMetricCarriesWhatItRead()
    {
        var spans = new List<System.Diagnostics.Activity>();
        var metrics = new List<Metric>();
        await using var hub = new HubFactory(environment: "Development")
        {
            TestServices = s => s.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans))
                .ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(metrics)),
        };
        var client = await hub.ReadyClientAsync();
        var s = hub.Services.GetRequiredService<NetworkIndex>().Current;
        var elder = s.Nodes<Elder>().First(e => e.Address is { Length: > 0 });
        var token = hub.DevToken("--role", "social_worker", "--area", "430112");
        var id = ResourceHub.Schema.Relay.GlobalId.Encode(elder);

        var answer = await HubFactory.QueryAsync(client, ElderCard, new { id }, token);
        using (var get = new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString(ElderCard)}&variables={Uri.EscapeDataString($"{{\"id\":\"{id}\"}}")}&operationName=ElderCard"))
        {
            get.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            get.Headers.Accept.ParseAdd("application/graphql-response+json");
            (await client.SendAsync(get)).EnsureSuccessStatusCode();
        }
        hub.Services.GetRequiredService<TracerProvider>().ForceFlush();
        hub.Services.GetRequiredService<MeterProvider>().ForceFlush();

        Assert.Equal(elder.Name, answer.GetProperty("data").GetProperty("node").GetProperty("name").GetString());
        var operations = spans.Where(a => a.DisplayName == "graphql query ElderCard").ToList();
        Assert.True(operations.Count == 2, string.Join("; ", spans.Select(a => a.DisplayName + " " + a.Source.Name)));
        Assert.All(operations, a => Assert.Equal("ElderCard", a.GetTagItem("graphql.operation.name")));
        Assert.Contains(spans, a => a.Source.Name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        var recorded = spans.SelectMany(a => a.TagObjects.Select(t => $"{a.DisplayName} {t.Key}={t.Value}")).ToList();
        Assert.DoesNotContain(recorded, t => t.Contains(elder.Name, StringComparison.Ordinal) || t.Contains(elder.Address!, StringComparison.Ordinal) || t.Contains(id, StringComparison.Ordinal));
        Assert.Contains(metrics, m => m.Name == "resourcehub.graphql.duration");
        Assert.Contains(metrics, m => m.Name == "http.server.request.duration");
    }
}
