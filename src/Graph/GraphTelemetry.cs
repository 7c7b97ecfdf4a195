using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ResourceHub.Graph;

/// <summary>
/// What the network reports about its own work, through .NET's own metrics (an OpenTelemetry host collects them by the
/// meter's name): how long matching and commits take, and how many changes are committed and followed. Only durations,
/// counts and kinds: never a name, a number or any other field of a node.
/// </summary>
public static class GraphTelemetry
{
    /// <summary>The meter's name, to collect it by.</summary>
    public const string MeterName = "ResourceHub.Graph";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Histogram<double> Matching = Meter.CreateHistogram<double>("resourcehub.matching.duration", "ms",
        "How long one matching question took: who can help, whom can I help.");

    private static readonly Histogram<double> Commits = Meter.CreateHistogram<double>("resourcehub.commit.duration", "ms",
        "How long a commit took, from validation to the index swapped, by outcome.");

    private static readonly Counter<long> Followed = Meter.CreateCounter<long>("resourcehub.changelog.followed", "{change}",
        "Changes other instances committed that this one applied from the change log.");

    /// <summary>Records one matching question.</summary>
    public static void RecordMatching(string question, long startedTimestamp) =>
        Matching.Record(Stopwatch.GetElapsedTime(startedTimestamp).TotalMilliseconds, new KeyValuePair<string, object?>("question", question));

    /// <summary>Records one commit and how it ended (committed, refused, replayed).</summary>
    public static void RecordCommit(string outcome, long startedTimestamp) =>
        Commits.Record(Stopwatch.GetElapsedTime(startedTimestamp).TotalMilliseconds, new KeyValuePair<string, object?>("outcome", outcome));

    /// <summary>Records changes applied from the change log.</summary>
    public static void RecordFollowed(long changes) => Followed.Add(changes);
}
