namespace ResourceHub.Graph.Persistence;

/// <summary>
/// A write transaction of a store (<see cref="INetworkStore.WriteAsync{T}"/>), holding the write lock: nobody else
/// commits while it is open, so the head and the keys it reads stay true until it commits.
/// </summary>
public interface IStoreTransaction
{
    /// <summary>The change log's head, with the changes this transaction wrote.</summary>
    long Head { get; }

    /// <summary>Every change-log entry after <paramref name="after"/>, with the rows they name: what another instance committed.</summary>
    Task<ChangeBatch> ReadChangesAsync(long after, CancellationToken ct = default);

    /// <summary>The change committed (or written by this transaction) under an idempotency key, or null when there is none.</summary>
    Task<StoredKey?> FindKeyAsync(string key, CancellationToken ct = default);

    /// <summary>
    /// Writes a validated change as change <see cref="Head"/> + 1 — its rows, its change-log entry, its key and its audit
    /// entries — with ids allocated that stay unique across instances. When a row it updates or deletes no longer has the
    /// version it was validated at, nothing of it is written and the outcome names the row (<see cref="StoreCommitStatus.Conflict"/>).
    /// </summary>
    Task<StoreCommit> WriteAsync(StoreChange change, CancellationToken ct = default);
}
