using ResourceHub.Graph.Access;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Index;

namespace ResourceHub.Graph.Persistence;

/// <summary>A validated change as a store commits it (<see cref="INetworkStore.CommitAsync"/>).</summary>
/// <param name="ExpectedHead">The change log's head the change was validated against; another head means someone committed first.</param>
/// <param name="Plan">What to write.</param>
/// <param name="Actor">Who writes it, for the change log.</param>
/// <param name="At">When, for the change log and the key.</param>
/// <param name="IdempotencyKey">The key it is committed under, if any: a key already taken is answered with its change.</param>
/// <param name="Audit">Entries for the audit log, committed with the change.</param>
public sealed record StoreChange(long ExpectedHead, ChangePlan Plan, string Actor, DateTimeOffset At, string? IdempotencyKey, IReadOnlyList<AuditEntry> Audit)
{
    /// <summary>
    /// Told the change in final form and its sequence once its ids are allocated, before its rows are written: the write
    /// path builds the next snapshot of a big change meanwhile.
    /// </summary>
    public Action<NetworkDelta, long>? Allocated { get; init; }

    /// <summary>
    /// Asked, under the write lock, when the head moved past <see cref="ExpectedHead"/>: given what was committed since
    /// (read in full), the change validated again, or null to write nothing. Without it the commit ends stale.
    /// </summary>
    public Func<ChangeBatch, ChangePlan?>? Rebase { get; init; }
}
