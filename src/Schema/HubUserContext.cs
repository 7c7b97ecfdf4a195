using ResourceHub.Graph.Access;
using ResourceHub.Graph.Index;

namespace ResourceHub.Schema;

/// <summary>
/// What one request carries: who asks, the snapshot it reads (fixed when the request starts so every field sees the
/// same network), the access policy over that snapshot, and the trail of personal data it read, for the audit log.
/// </summary>
public sealed class HubUserContext : Dictionary<string, object?>
{
    /// <summary>Creates the context of a request over a snapshot.</summary>
    public HubUserContext(NetworkSnapshot snapshot, Caller caller, string? requestId = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(caller);
        Caller = caller;
        RequestId = requestId ?? Guid.NewGuid().ToString("N");
        Policy = new AccessPolicy(caller, snapshot, Audit);
    }

    /// <summary>Who is asking.</summary>
    public Caller Caller { get; }

    /// <summary>For a subscription's run over one committed change: that change (the context's snapshot is the one it left); null otherwise.</summary>
    public Graph.Changes.NetworkChange? Change { get; init; }

    /// <summary>The request's id, as the audit log records it.</summary>
    public string RequestId { get; }

    /// <summary>The document's cost as the complexity rule measured it, when it ran.</summary>
    public double? Cost { get; set; }

    /// <summary>
    /// Starts the request's clock: past <paramref name="timeout"/>, <see cref="CheckDeadline"/> cancels
    /// <paramref name="time"/>. The source's own timer does the same for queries, but under load its callback waits for a
    /// free thread, while the resolvers that run the request see the deadline at once. A mutation is never cancelled in
    /// the middle: the mutations of its document that have not started by the deadline are refused, each at its own path,
    /// and those that committed report their results.
    /// </summary>
    public void StartClock(CancellationTokenSource time, TimeSpan timeout, bool mutation, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(clock);
        _time = time;
        _timeout = timeout;
        _mutation = mutation;
        _clock = clock;
        _deadline = clock.GetTimestamp() + (long)(timeout.TotalSeconds * clock.TimestampFrequency);
    }

    /// <summary>Stops a field from resolving once the request has run past its deadline; see <see cref="StartClock"/>.</summary>
    public void CheckDeadline(GraphQL.IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_time is not { } time) return;
        var past = _clock!.GetTimestamp() > _deadline;
        if (_mutation)
        {
            if (past && context.Path.Count() == 1)
                throw new GraphQL.ExecutionError($"Not run: the request ran longer than {Limits.RequestLimits.Describe(_timeout)}; the mutations before this one stand.") { Code = HubErrorCodes.Timeout };
            return;
        }
        if (past && !time.IsCancellationRequested) time.Cancel();
        context.CancellationToken.ThrowIfCancellationRequested();
    }

    private CancellationTokenSource? _time;
    private TimeProvider? _clock;
    private TimeSpan _timeout;
    private bool _mutation;
    private long _deadline;

    /// <summary>The personal data this request read.</summary>
    public AuditTrail Audit { get; } = new();

    /// <summary>The access policy of the caller over <see cref="Snapshot"/>.</summary>
    public AccessPolicy Policy { get; private set; }

    /// <summary>The snapshot the request reads; a mutation moves it on to the snapshot its commit produced.</summary>
    public NetworkSnapshot Snapshot => Policy.Snapshot;

    /// <summary>Moves the request on to a newer snapshot (after a mutation committed); never back.</summary>
    public void Advance(NetworkSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Sequence > Snapshot.Sequence) Policy = new AccessPolicy(Caller, snapshot, Audit);
    }
}
