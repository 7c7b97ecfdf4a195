using ResourceHub.Graph.Access;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Index;

namespace ResourceHub.Graph.Persistence;

/// <summary>
/// The network's one write path: validate, store, swap, publish. A change set is validated against the current
/// snapshot, committed by the store (<see cref="INetworkStore"/>) in one transaction with its change-log entry, and only
/// then applied to the index, which swaps to the next snapshot, and published to the change feed. Commits are
/// serialized; readers never wait. Changes other instances committed are followed from the change log the same way.
/// </summary>
public sealed class NetworkWriter(INetworkStore store, NetworkIndex index, TimeProvider time, TimeBank.TimeBankRules? timeBank = null, ChangeFeed? feed = null)
{
    // How many change-log entries a follower applies as one step.
    private const int FollowBatch = 10_000;

    // From how many rows a change's next snapshot is built beside the writing of its rows rather than after it.
    private const int BuildBesideRows = 5_000;

    /// <summary>Where every committed change is published, in order, after the index holds it.</summary>
    public ChangeFeed Feed { get; } = feed ?? new ChangeFeed();

    /// <summary>The operator's limits on the time bank that every commit is held to.</summary>
    public TimeBank.TimeBankRules TimeBank { get; } = timeBank ?? Graph.TimeBank.TimeBankRules.Default;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>
    /// Validates and commits a change set made by the hub itself (loading the demo network, maintenance verbs, tests):
    /// every right, no access check. On any refusal nothing is written and the index is unchanged.
    /// </summary>
    /// <param name="changes">What to change.</param>
    /// <param name="actor">Who changes it, for the change log.</param>
    /// <param name="ct">Cancels before the commit; a commit under way completes.</param>
    public Task<CommitResult> CommitAsync(ChangeSet changes, string actor, CancellationToken ct = default) =>
        CommitAsync(changes, actor, idempotencyKey: null, ct);

    /// <summary><see cref="CommitAsync(ChangeSet, string, CancellationToken)"/> under an idempotency key.</summary>
    public Task<CommitResult> CommitAsync(ChangeSet changes, string actor, string? idempotencyKey, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return CommitAsync(changes, Caller.System with { Subject = actor }, authorize: false, idempotencyKey, audit: null, ct);
    }

    /// <summary>
    /// Validates and commits a change set made by a caller, who must be allowed to make it (<see cref="AccessPolicy"/>),
    /// under an idempotency key: when a change was already committed under the key, its result is returned
    /// (<see cref="CommitResult.Replayed"/>) and nothing is written. A refused change keeps no key, so it can be
    /// corrected and sent again.
    /// </summary>
    public Task<CommitResult> CommitAsync(ChangeSet changes, Caller caller, string? idempotencyKey, CancellationToken ct = default) =>
        CommitAsync(changes, caller, authorize: true, idempotencyKey, audit: null, ct);

    /// <summary>
    /// <see cref="CommitAsync(ChangeSet, Caller, string?, CancellationToken)"/> with entries for the audit log written in
    /// the same transaction: an erasure and its record are committed together or not at all.
    /// </summary>
    public Task<CommitResult> CommitAsync(ChangeSet changes, Caller caller, string? idempotencyKey, IReadOnlyList<AuditEntry> audit, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(audit);
        return CommitAsync(changes, caller, authorize: true, idempotencyKey, audit, ct);
    }

    private async Task<CommitResult> CommitAsync(ChangeSet changes, Caller caller, bool authorize, string? idempotencyKey, IReadOnlyList<AuditEntry>? audit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(caller);
        if (idempotencyKey is { Length: > 300 }) throw new ArgumentException("an idempotency key is at most 300 characters", nameof(idempotencyKey));
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = await CommitUnderGateAsync(changes, caller, authorize, idempotencyKey, audit, ct).ConfigureAwait(false);
        GraphTelemetry.RecordCommit(result.Replayed ? "replayed" : result.Succeeded ? "committed" : "refused", started);
        return result;
    }

    private async Task<CommitResult> CommitUnderGateAsync(ChangeSet changes, Caller caller, bool authorize, string? idempotencyKey, IReadOnlyList<AuditEntry>? audit,
        CancellationToken ct)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (idempotencyKey is not null && await FindReplayAsync(idempotencyKey, holdingGate: true, ct).ConfigureAwait(false) is { } replay) return replay;
            var snapshot = index.Current;
            var now = DateTimeOffset.FromUnixTimeMilliseconds(time.GetUtcNow().ToUnixTimeMilliseconds());
            (ChangePlan? Plan, IReadOnlyList<ChangeError> Errors) Validate(NetworkSnapshot s) =>
                ChangeSetValidator.Validate(s, changes, now, authorize ? new AccessPolicy(caller, s).Authorize : null, TimeBank);
            var (plan, errors) = Validate(snapshot);
            if (plan is null) return CommitResult.Refused(errors);
            if (plan.IsEmpty && idempotencyKey is null) return CommitResult.Committed(snapshot.Sequence, new Dictionary<long, long>());
            return await WriteAsync(snapshot, plan, Validate, caller.Subject, idempotencyKey, audit, now, ct).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Checks a caller's change set against the current network without writing anything; the errors a commit would give.</summary>
    public IReadOnlyList<ChangeError> Check(ChangeSet changes, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(caller);
        var snapshot = index.Current;
        return ChangeSetValidator.Validate(snapshot, changes, time.GetUtcNow(), new AccessPolicy(caller, snapshot).Authorize, TimeBank).Errors;
    }

    /// <summary>Applies changes committed by other instances (the change-log follower calls this).</summary>
    public async Task FollowAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await CatchUpAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The result of the change committed under an idempotency key, or null when there is none.</summary>
    public Task<CommitResult?> FindReplayAsync(string key, CancellationToken ct = default) => FindReplayAsync(key, holdingGate: false, ct);

    private async Task<CommitResult?> FindReplayAsync(string key, bool holdingGate, CancellationToken ct)
    {
        var stored = await store.FindKeyAsync(key, ct).ConfigureAwait(false);
        if (stored is null) return null;
        await CatchUpToAsync(stored.Sequence, holdingGate, ct).ConfigureAwait(false);
        return CommitResult.Committed(stored.Sequence, stored.Ids, replayed: true);
    }

    // The index may not have seen a change another instance made yet.
    private async Task CatchUpToAsync(long sequence, bool holdingGate, CancellationToken ct)
    {
        if (sequence <= index.Current.Sequence) return;
        if (!holdingGate) await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await CatchUpAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            if (!holdingGate) _gate.Release();
        }
    }

    private async Task<CommitResult> WriteAsync(NetworkSnapshot snapshot, ChangePlan plan,
        Func<NetworkSnapshot, (ChangePlan? Plan, IReadOnlyList<ChangeError> Errors)> validate, string actor, string? idempotencyKey,
        IReadOnlyList<AuditEntry>? audit, DateTimeOffset now, CancellationToken ct)
    {
        // A big change's next snapshot is built on another core while its rows are written; it is swapped in only once they are committed.
        Task<NetworkSnapshot>? building = null;
        IReadOnlyList<ChangeError>? refused = null;
        var change = new StoreChange(snapshot.Sequence, plan, actor, now, idempotencyKey, audit ?? [])
        {
            // Another instance committed first: under the store's write lock, nobody else can now, so the index catches up
            // with what was committed meanwhile and the change is validated again against it — never starved by others.
            Rebase = batch =>
            {
                snapshot = ApplyFollowed(snapshot, batch);
                var (again, errors) = validate(snapshot);
                refused = again is null ? errors : null;
                return again;
            },
            Allocated = (delta, sequence) =>
            {
                if (delta.UpsertedNodes.Count + delta.UpsertedLinks.Count + delta.DeletedNodes.Count + delta.DeletedLinks.Count >= BuildBesideRows)
                    building = Task.Run(() => snapshot.Apply(delta, sequence), CancellationToken.None);
            },
        };
        StoreCommit outcome;
        try
        {
            outcome = await store.CommitAsync(change, ct).ConfigureAwait(false);
        }
        catch
        {
            Forget(building);
            throw;
        }
        switch (outcome.Status)
        {
            case StoreCommitStatus.Stale:
                // Validated again under the lock and refused; a store that could not rebase the change says only that it moved.
                Forget(building);
                return CommitResult.Refused(refused ??
                    [new ChangeError(-1, "changeSet", "the network kept changing under this change; try again", ChangeErrorCodes.Conflict)]);
            case StoreCommitStatus.Conflict:
                Forget(building);
                return CommitResult.Refused([outcome.Conflict!]);
            case StoreCommitStatus.Replayed:
                // Another instance committed under this key meanwhile.
                await CatchUpToAsync(outcome.Sequence, holdingGate: true, ct).ConfigureAwait(false);
                return CommitResult.Committed(outcome.Sequence, outcome.Ids, replayed: true);
        }

        NetworkSnapshot after;
        try
        {
            after = building is null ? snapshot.Apply(outcome.Delta!, outcome.Sequence) : await building.ConfigureAwait(false);
            index.Swap(after);
        }
        catch (InvalidOperationException)
        {
            // The database holds the truth; should the delta ever not apply, rebuild the index from it.
            index.Swap(await store.LoadAsync(CancellationToken.None).ConfigureAwait(false));
            throw;
        }
        Feed.Publish(new NetworkChange(outcome.Sequence, now, actor, outcome.Entry!, snapshot, after));
        return CommitResult.Committed(outcome.Sequence, outcome.Ids);
    }

    // Applies what other instances committed since the index's snapshot, a batch of the change log at a time, and publishes
    // each batch as one change. Called under the gate.
    private async Task CatchUpAsync(CancellationToken ct)
    {
        while (true)
        {
            var batch = await store.ReadChangesAsync(index.Current.Sequence, FollowBatch, ct).ConfigureAwait(false);
            if (batch.Entries.Count == 0) return;
            ApplyFollowed(index.Current, batch);
            if (!batch.More) return;
        }
    }

    // What other instances committed, applied to the index and published as one change. Called under the gate.
    private NetworkSnapshot ApplyFollowed(NetworkSnapshot before, ChangeBatch batch)
    {
        var (delta, entry) = batch.ToDelta(before);
        var after = before.Apply(delta, batch.Head);
        index.Swap(after);
        GraphTelemetry.RecordFollowed(batch.Entries.Count);
        Feed.Publish(new NetworkChange(after.Sequence, time.GetUtcNow(), "follower", entry, before, after));
        return after;
    }

    // A snapshot built for a change that was not committed is let go; should its building have failed, the failure is seen here.
    private static void Forget(Task<NetworkSnapshot>? building) =>
        building?.ContinueWith(static b => b.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
}
