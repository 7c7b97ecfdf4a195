using ResourceHub.Graph.Access;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Index;

namespace ResourceHub.Graph.Persistence;

/// <summary>
/// The network's one write path: validate, store, swap, publish. A change set is validated against the current
/// snapshot, committed by the store (<see cref="INetworkStore"/>) in one transaction with its change-log entry, and only
/// then applied to the index, which swaps to the next snapshot, and published to the change feed. Commits are
/// serialized; readers never wait. Changes that wait while one commits are committed together next, in one transaction
/// (group commit), each validated against the network the ones before it leave and logged as its own change, so a refused
/// one refuses only itself. Changes other instances committed are followed from the change log the same way.
/// </summary>
public sealed class NetworkWriter(INetworkStore store, NetworkIndex index, TimeProvider time, TimeBank.TimeBankRules? timeBank = null, ChangeFeed? feed = null)
{
    // How many change-log entries a follower applies as one step.
    private const int FollowBatch = 10_000;

    // From how many rows a change's next snapshot is built beside the writing of its rows rather than after it.
    private const int BuildBesideRows = 5_000;

    // How many waiting changes are committed in one transaction at most (group commit): under many concurrent writers the
    // database's commit, its sync to disk above all, is paid once per group, not once per change.
    private const int MaxGroup = 64;

    // From how many operations a change set is committed alone, not in a group.
    private const int BigChange = 1_000;

    /// <summary>Where every committed change is published, in order, after the index holds it.</summary>
    public ChangeFeed Feed { get; } = feed ?? new ChangeFeed();

    /// <summary>The operator's limits on the time bank that every commit is held to.</summary>
    public TimeBank.TimeBankRules TimeBank { get; } = timeBank ?? Graph.TimeBank.TimeBankRules.Default;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly System.Collections.Concurrent.ConcurrentQueue<Waiting> _waiting = new();

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

    // A caller's change waits here until a writer holding the gate takes it into a group; the owner of a change still waiting
    // when it gets the gate leads the next group itself.
    private async Task<CommitResult> CommitUnderGateAsync(ChangeSet changes, Caller caller, bool authorize, string? idempotencyKey, IReadOnlyList<AuditEntry>? audit,
        CancellationToken ct)
    {
        var mine = new Waiting(changes, caller, authorize, idempotencyKey, audit);
        _waiting.Enqueue(mine);
        try
        {
            await _gate.WaitAsync(ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Cancelled while waiting: not committed, unless a group already took it, and a commit under way completes.
            if (mine.Withdraw()) throw;
            return await mine.Done.Task.ConfigureAwait(false);
        }
        try
        {
            // A group completes every change it took before it lets the gate go, so a change not done yet is still waiting.
            while (!mine.Done.Task.IsCompleted) await CommitGroupAsync().ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
        return await mine.Done.Task.ConfigureAwait(false);
    }

    // Up to MaxGroup waiting changes, in the order they came, committed in one transaction, each validated against the network
    // as the changes before it in the group leave it and written as its own change-log entry; a big change goes alone.
    // Called under the gate.
    private async Task CommitGroupAsync()
    {
        var group = new List<Waiting>();
        while (group.Count < MaxGroup && _waiting.TryPeek(out var next))
        {
            if (next.Big && group.Count > 0) break;
            _waiting.TryDequeue(out _);
            if (!next.Take()) continue;
            group.Add(next);
            if (next.Big) break;
        }
        if (group.Count == 0) return;
        try
        {
            await CommitAsync(group).ConfigureAwait(false);
            foreach (var w in group) w.Done.TrySetResult(w.Result!);
        }
        catch (Exception e)
        {
            // Nothing of the group was committed (or the index was reloaded from what was): each of its callers is told.
            foreach (var w in group) w.Done.TrySetException(e);
        }
    }

    private async Task CommitAsync(List<Waiting> group)
    {
        var chain = index.Current;
        var written = new List<Written>();
        Task<NetworkSnapshot>? building = null;
        try
        {
            await store.WriteAsync(async tx =>
            {
                // Another instance committed first: under the write lock, nobody else can now, so the index catches up with what
                // was committed meanwhile and the group is validated against it — never starved by others.
                if (tx.Head != chain.Sequence) chain = ApplyFollowed(chain, await tx.ReadChangesAsync(chain.Sequence).ConfigureAwait(false));
                foreach (var w in group)
                {
                    // The change before this one is applied only now that another follows it; the last is applied after the commit.
                    if (written is [.., { After: null } last]) chain = last.After = await AppliedAsync(last).ConfigureAwait(false);
                    if (w.Key is { } key && await tx.FindKeyAsync(key).ConfigureAwait(false) is { } taken)
                    {
                        w.Result = CommitResult.Committed(taken.Sequence, taken.Ids, replayed: true);
                        continue;
                    }
                    var now = DateTimeOffset.FromUnixTimeMilliseconds(time.GetUtcNow().ToUnixTimeMilliseconds());
                    var (plan, errors) = Validate(chain, w.Changes, w.Caller, w.Authorize, now);
                    if (plan is null)
                    {
                        w.Result = CommitResult.Refused(errors);
                        continue;
                    }
                    if (plan.IsEmpty && w.Key is null)
                    {
                        w.Result = CommitResult.Committed(chain.Sequence, new Dictionary<long, long>());
                        continue;
                    }
                    var before = chain;
                    building = null;
                    var commit = await tx.WriteAsync(new StoreChange(plan, w.Caller.Subject, now, w.Key, w.Audit ?? [])
                    {
                        // A big change's next snapshot is built on another core while its rows are written.
                        Allocated = (delta, sequence) =>
                        {
                            if (delta.UpsertedNodes.Count + delta.UpsertedLinks.Count + delta.DeletedNodes.Count + delta.DeletedLinks.Count >= BuildBesideRows)
                                building = Task.Run(() => before.Apply(delta, sequence), CancellationToken.None);
                        },
                    }).ConfigureAwait(false);
                    if (commit.Status == StoreCommitStatus.Conflict)
                    {
                        Forget(building);
                        w.Result = CommitResult.Refused([commit.Conflict!]);
                        continue;
                    }
                    written.Add(new Written(w, commit, now, before, building));
                    w.Result = CommitResult.Committed(commit.Sequence, commit.Ids);
                }
                return written.Count;
            }).ConfigureAwait(false);
        }
        catch
        {
            // Snapshots built for changes that were not committed are let go: the one being written, and any not awaited yet.
            Forget(building);
            foreach (var w in written) Forget(w.Building);
            throw;
        }

        if (written is [.., { After: null } end])
        {
            try
            {
                end.After = await AppliedAsync(end).ConfigureAwait(false);
            }
            catch (InvalidOperationException)
            {
                // The database holds the truth; should the delta ever not apply, rebuild the index from it.
                index.Swap(await store.LoadAsync(CancellationToken.None).ConfigureAwait(false));
                throw;
            }
            chain = end.After;
        }
        index.Swap(chain);
        foreach (var w in written) Feed.Publish(new NetworkChange(w.Commit.Sequence, w.At, w.Waiting.Caller.Subject, w.Commit.Entry!, w.Before, w.After!));
    }

    // A change waiting for a group, and what the group made of it.
    private sealed class Waiting(ChangeSet changes, Caller caller, bool authorize, string? key, IReadOnlyList<AuditEntry>? audit)
    {
        private int _state; // 0 waiting, 1 taken into a group, 2 withdrawn by its cancelled caller

        public ChangeSet Changes => changes;
        public Caller Caller => caller;
        public bool Authorize => authorize;
        public string? Key => key;
        public IReadOnlyList<AuditEntry>? Audit => audit;

        // Big enough to be committed alone, with its next snapshot built beside its rows.
        public bool Big => changes.Operations.Count >= BigChange;

        public CommitResult? Result { get; set; }

        public TaskCompletionSource<CommitResult> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Take() => Interlocked.CompareExchange(ref _state, 1, 0) == 0;

        public bool Withdraw() => Interlocked.CompareExchange(ref _state, 2, 0) == 0;
    }

    // A change a group wrote: the snapshot it was validated against, the next one if it is being built beside its rows, and
    // the one it makes once applied.
    private sealed record Written(Waiting Waiting, StoreCommit Commit, DateTimeOffset At, NetworkSnapshot Before, Task<NetworkSnapshot>? Building)
    {
        public NetworkSnapshot? After { get; set; }
    }

    // The snapshot a written change makes: the one built beside its rows, or the one before with it applied.
    private static async Task<NetworkSnapshot> AppliedAsync(Written w) =>
        w.Building is { } building ? await building.ConfigureAwait(false) : w.Before.Apply(w.Commit.Delta!, w.Commit.Sequence);

    // The errors a change set gives against a snapshot, or its plan; a caller's changes are also held to the access policy.
    private (ChangePlan? Plan, IReadOnlyList<ChangeError> Errors) Validate(NetworkSnapshot snapshot, ChangeSet changes, Caller caller, bool authorize, DateTimeOffset now) =>
        ChangeSetValidator.Validate(snapshot, changes, now, authorize ? new AccessPolicy(caller, snapshot).Authorize : null, TimeBank);

    /// <summary>Checks a caller's change set against the current network without writing anything; the errors a commit would give.</summary>
    public IReadOnlyList<ChangeError> Check(ChangeSet changes, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(caller);
        return Validate(index.Current, changes, caller, authorize: true, time.GetUtcNow()).Errors;
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
    public async Task<CommitResult?> FindReplayAsync(string key, CancellationToken ct = default)
    {
        var stored = await store.FindKeyAsync(key, ct).ConfigureAwait(false);
        if (stored is null) return null;
        // The index may not have seen a change another instance made yet.
        if (stored.Sequence > index.Current.Sequence) await FollowAsync(ct).ConfigureAwait(false);
        return CommitResult.Committed(stored.Sequence, stored.Ids, replayed: true);
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
