using ResourceHub.Graph.Access;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Index;

namespace ResourceHub.Graph.Persistence;

/// <summary>A validated change as a store writes it (<see cref="IStoreTransaction.WriteAsync"/>).</summary>
/// <param name="Plan">What to write.</param>
/// <param name="Actor">Who writes it, for the change log.</param>
/// <param name="At">When, for the change log and the key.</param>
/// <param name="IdempotencyKey">The key it is committed under, if any (the write path has checked it is free).</param>
/// <param name="Audit">Entries for the audit log, committed with the change.</param>
public sealed record StoreChange(ChangePlan Plan, string Actor, DateTimeOffset At, string? IdempotencyKey, IReadOnlyList<AuditEntry> Audit)
{
    /// <summary>
    /// Told the change in final form and its sequence once its ids are allocated, before its rows are written: the write
    /// path builds the next snapshot of a big change meanwhile.
    /// </summary>
    public Action<NetworkDelta, long>? Allocated { get; init; }
}
