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

    /// <summary>The request's id, as the audit log records it.</summary>
    public string RequestId { get; }

    /// <summary>The document's cost as the complexity rule measured it, when it ran.</summary>
    public double? Cost { get; set; }

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
