using System.Data.Common;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Persistence;

namespace ResourceHub.Hub.Endpoints;

/// <summary>
/// /healthz says the process is alive (for a restart policy); /readyz says whether this instance should be sent
/// traffic (for a load balancer): its index loaded, its database reachable, and how far its index is behind the
/// change log.
/// </summary>
internal static class HealthEndpoints
{
    /// <summary>How many changes an instance may be behind the change log and still be ready.</summary>
    public const long MaxLag = 10_000;

    private static readonly TimeSpan DatabaseTimeout = TimeSpan.FromSeconds(2);

    public static IResult Alive(NetworkIndex index) =>
        Results.Text(index.IsLoaded ? $"alive: {index.Current.NodeCount} nodes, {index.Current.LinkCount} links, change log at {index.Current.Sequence}\n" : "alive: loading\n");

    public static async Task<IResult> ReadyAsync(NetworkIndex index, INetworkStore store, CancellationToken ct)
    {
        var snapshot = index.Current;
        long? head = null;
        string? unreachable = null;
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            timeout.CancelAfter(DatabaseTimeout);
            try
            {
                head = await store.HeadAsync(timeout.Token);
            }
            catch (Exception e) when (e is DbException or IOException or TimeoutException or InvalidOperationException || (e is OperationCanceledException && !ct.IsCancellationRequested))
            {
                unreachable = e is OperationCanceledException ? $"no answer within {DatabaseTimeout.TotalSeconds:0} s" : e.GetType().Name;
            }
        }
        var lag = head is { } h ? Math.Max(0, h - snapshot.Sequence) : (long?)null;
        var status = !index.IsLoaded ? "loading" : unreachable is not null ? "database unreachable" : lag > MaxLag ? "behind the change log" : "ready";
        var body = new
        {
            status,
            loaded = index.IsLoaded,
            database = unreachable is null ? "reachable" : "unreachable: " + unreachable,
            nodes = snapshot.NodeCount,
            links = snapshot.LinkCount,
            sequence = snapshot.Sequence,
            head,
            lag,
        };
        return Results.Json(body, statusCode: status == "ready" ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
