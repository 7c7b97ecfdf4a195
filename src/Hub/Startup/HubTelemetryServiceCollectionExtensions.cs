using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using ResourceHub.Hub.Startup;

// Registration extensions live beside IServiceCollection, as EF Core's and MediatR's do.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// OpenTelemetry for the hub: traces of ASP.NET Core requests, EF Core statements and GraphQL operations; metrics of
/// requests, the runtime, GraphQL operations, matching and commits. Exported over OTLP when an endpoint is configured
/// (<c>Hub:Telemetry:OtlpEndpoint</c> or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>), and to the console in
/// Development (<c>Hub:Telemetry:Console</c>). Query strings are redacted by the instrumentation; statements carry no values.
/// </summary>
internal static class HubTelemetryServiceCollectionExtensions
{
    public static IServiceCollection AddHubTelemetry(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection("Hub:Telemetry");
        var console = section.GetValue<bool?>("Console") ?? environment.IsDevelopment();
        var otlp = section["OtlpEndpoint"] ?? Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT");
        var builder = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("resourcehub", serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId))
            .WithTracing(t =>
            {
                t.AddSource(HubTelemetry.Name).AddAspNetCoreInstrumentation(o => o.Filter = http => http.Request.Path != "/healthz" && http.Request.Path != "/readyz")
                    .AddEntityFrameworkCoreInstrumentation();
                if (console) t.AddConsoleExporter();
                if (!string.IsNullOrWhiteSpace(otlp)) t.AddOtlpExporter(o => o.Endpoint = new Uri(otlp));
            })
            .WithMetrics(m =>
            {
                m.AddMeter(HubTelemetry.Name, ResourceHub.Graph.GraphTelemetry.MeterName).AddAspNetCoreInstrumentation().AddRuntimeInstrumentation();
                if (console) m.AddConsoleExporter((_, reader) => reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = 60_000);
                if (!string.IsNullOrWhiteSpace(otlp)) m.AddOtlpExporter(o => o.Endpoint = new Uri(otlp));
            });
        return services;
    }
}
