namespace ResourceHub.Graph.Persistence;

/// <summary>
/// A store whose loading and following read from a streaming replica, so a starting or catching-up instance does not
/// read the whole network from the primary: the network and the change log's batches come from the replica; writes,
/// idempotency keys, the head and the wait for changes stay on the primary, where commits happen (a hot standby holds no
/// write lock and hears no notifications). A follower told of a change on the primary waits until the replica has it.
/// </summary>
public sealed class ReplicatedNetworkStore(INetworkStore primary, INetworkStore replica) : INetworkStore, IAsyncDisposable
{
    /// <summary>How often the replica is asked whether it has replayed a change the primary told of.</summary>
    public TimeSpan ReplicaPollInterval { get; init; } = TimeSpan.FromMilliseconds(10);

    /// <summary>Where commits happen.</summary>
    public INetworkStore Primary { get; } = primary ?? throw new ArgumentNullException(nameof(primary));

    /// <summary>Where the network is loaded and followed from.</summary>
    public INetworkStore Replica { get; } = replica ?? throw new ArgumentNullException(nameof(replica));

    /// <inheritdoc />
    public Task MigrateAsync(CancellationToken ct = default) => Primary.MigrateAsync(ct);

    /// <summary>How long loading waits for the replica to replay what the primary held when loading began, before it loads from the primary instead.</summary>
    public TimeSpan LoadPatience { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The network from the replica, once it has replayed everything the primary held when loading began (a schema
    /// migrated a moment ago included); from the primary when the replica does not get there within <see cref="LoadPatience"/>.
    /// </summary>
    public async Task<Index.NetworkSnapshot> LoadAsync(CancellationToken ct = default)
    {
        var head = await Primary.HeadAsync(ct).ConfigureAwait(false);
        var until = DateTime.UtcNow + LoadPatience;
        while (DateTime.UtcNow < until)
        {
            try
            {
                if (await Replica.HeadAsync(ct).ConfigureAwait(false) >= head) return await Replica.LoadAsync(ct).ConfigureAwait(false);
            }
            catch (System.Data.Common.DbException)
            {
                // Not there yet (the tables of a new database are still being replayed), or not reachable: asked again.
            }
            await Task.Delay(ReplicaPollInterval, ct).ConfigureAwait(false);
        }
        return await Primary.LoadAsync(ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<T> WriteAsync<T>(Func<IStoreTransaction, Task<T>> work, CancellationToken ct = default) => Primary.WriteAsync(work, ct);

    /// <summary>The change log as the replica holds it.</summary>
    public Task<ChangeBatch> ReadChangesAsync(long after, int max, CancellationToken ct = default) => Replica.ReadChangesAsync(after, max, ct);

    /// <summary>The primary's head: how far an instance is behind is measured against where commits are.</summary>
    public Task<long> HeadAsync(CancellationToken ct = default) => Primary.HeadAsync(ct);

    /// <summary>
    /// Waits for the primary to tell of a change after <paramref name="after"/>, then for the replica to have replayed
    /// it, all within <paramref name="patience"/>.
    /// </summary>
    public async Task WaitForChangesAsync(long after, TimeSpan patience, CancellationToken ct = default)
    {
        var until = DateTime.UtcNow + patience;
        await Primary.WaitForChangesAsync(after, patience, ct).ConfigureAwait(false);
        while (await Replica.HeadAsync(ct).ConfigureAwait(false) <= after && DateTime.UtcNow < until)
            await Task.Delay(ReplicaPollInterval, ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<StoredKey?> FindKeyAsync(string key, CancellationToken ct = default) => Primary.FindKeyAsync(key, ct);

    /// <inheritdoc />
    public Task CheckpointAsync(CancellationToken ct = default) => Primary.CheckpointAsync(ct);

    /// <inheritdoc />
    public Task AppendAuditAsync(IReadOnlyList<Access.AuditEntry> entries, CancellationToken ct = default) => Primary.AppendAuditAsync(entries, ct);

    /// <inheritdoc />
    public Task<IReadOnlyList<Access.AuditEntry>> ReadAuditAsync(long afterId, int first, long? nodeId = null, string? subject = null, CancellationToken ct = default) =>
        Primary.ReadAuditAsync(afterId, first, nodeId, subject, ct);

    /// <summary>Closes what each store holds open (the primary's listening connection).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Primary is IAsyncDisposable p) await p.DisposeAsync().ConfigureAwait(false);
        if (Replica is IAsyncDisposable r) await r.DisposeAsync().ConfigureAwait(false);
    }
}
