using ResourceHub.Graph.Index;

namespace ResourceHub.Graph.Persistence;

/// <summary>
/// Where the network is kept: the one port through which the hub reads and writes its database, with every statement
/// behind it. In front of it the write path validates a change, has it stored, swaps the index and publishes the
/// change; behind it a store keeps nodes, links, the change log and idempotency keys, allocates ids that stay unique
/// across instances, and commits each change whole or not at all. <see cref="SqliteNetworkStore"/> is the embedded
/// default, <see cref="PostgresNetworkStore"/> serves several instances.
/// </summary>
public interface INetworkStore
{
    /// <summary>Creates or upgrades the schema.</summary>
    Task MigrateAsync(CancellationToken ct = default);

    /// <summary>Every node and link, as of one consistent moment, in a new snapshot at the change log's head.</summary>
    Task<NetworkSnapshot> LoadAsync(CancellationToken ct = default);

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction under the database's write lock, so writes from every instance go
    /// one at a time and what it reads (the head, a key) holds until it commits: the changes it writes are committed
    /// together when it returns, and none of them when it throws. The write path commits a group of waiting changes this
    /// way, each as its own change-log entry (group commit).
    /// </summary>
    Task<T> WriteAsync<T>(Func<IStoreTransaction, Task<T>> work, CancellationToken ct = default);

    /// <summary>
    /// Up to <paramref name="max"/> change-log entries after <paramref name="after"/>, with the current state of every
    /// node and link they name, read at one moment: what a follower applies to catch up with other instances.
    /// </summary>
    Task<ChangeBatch> ReadChangesAsync(long after, int max, CancellationToken ct = default);

    /// <summary>The change log's head: the sequence of the last committed change, 0 when there is none.</summary>
    Task<long> HeadAsync(CancellationToken ct = default);

    /// <summary>
    /// Returns once changes after <paramref name="after"/> may have been committed (by any instance), or when
    /// <paramref name="patience"/> has passed: PostgreSQL is told by a notification, SQLite is asked at an interval.
    /// </summary>
    Task WaitForChangesAsync(long after, TimeSpan patience, CancellationToken ct = default);

    /// <summary>The change committed under an idempotency key, or null when there is none.</summary>
    Task<StoredKey?> FindKeyAsync(string key, CancellationToken ct = default);

    /// <summary>
    /// Appends entries to the audit log in one transaction, numbered in order after every entry before them (the ids
    /// given are ignored): the log only grows, and the database refuses to change or remove what it holds where it can.
    /// </summary>
    Task AppendAuditAsync(IReadOnlyList<Access.AuditEntry> entries, CancellationToken ct = default);

    /// <summary>Up to <paramref name="first"/> audit entries after <paramref name="afterId"/>, oldest first, optionally only of one node or one subject.</summary>
    Task<IReadOnlyList<Access.AuditEntry>> ReadAuditAsync(long afterId, int first, long? nodeId = null, string? subject = null, CancellationToken ct = default);

    /// <summary>
    /// Leaves no earlier version of an overwritten row in the database's files (SQLite's write-ahead log), so erased data
    /// is gone; nothing to do where the engine does not keep them.
    /// </summary>
    Task CheckpointAsync(CancellationToken ct = default);
}
