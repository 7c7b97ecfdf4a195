using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.RegularExpressions;

namespace ResourceHub.Hub.Startup;

/// <summary>
/// The hub's own traces and metrics: a span and a duration for each GraphQL operation, named by its operation name and
/// type. The operation name is the client's word, so it is kept only when it looks like one (letters, digits and
/// underscores, at most 64); variables, the document and answers are never recorded.
/// </summary>
internal static partial class HubTelemetry
{
    public const string Name = "ResourceHub.Hub";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Histogram<double> Operations = Meter.CreateHistogram<double>("resourcehub.graphql.duration", "ms",
        "How long a GraphQL operation took to execute, by type and name.");

    /// <summary>The span of one operation; null when nobody listens.</summary>
    public static Activity? StartOperation(string type, string? name)
    {
        var safe = Safe(name);
        var activity = Source.StartActivity("graphql " + type + (safe is null ? "" : " " + safe), ActivityKind.Internal);
        activity?.SetTag("graphql.operation.type", type);
        if (safe is not null) activity?.SetTag("graphql.operation.name", safe);
        return activity;
    }

    /// <summary>Records an operation's duration and marks its span with the number of errors.</summary>
    public static void EndOperation(Activity? activity, string type, string? name, long startedTimestamp, int errors)
    {
        Operations.Record(Stopwatch.GetElapsedTime(startedTimestamp).TotalMilliseconds,
            new KeyValuePair<string, object?>("graphql.operation.type", type), new KeyValuePair<string, object?>("graphql.operation.name", Safe(name) ?? "(anonymous)"));
        if (activity is null) return;
        activity.SetTag("graphql.errors", errors);
        if (errors > 0) activity.SetStatus(ActivityStatusCode.Error);
    }

    private static string? Safe(string? name) => name is not null && OperationName().IsMatch(name) ? name : null;

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,63}$")]
    private static partial Regex OperationName();
}
