using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Persistence;

/// <summary>
/// The network's one write path. A change set is validated against the current snapshot, committed in one
/// database transaction together with a change-log row, and only then applied to the index, which swaps
/// to the next snapshot. Commits are serialized; readers never wait.
/// </summary>
public sealed class NetworkWriter(IDbContextFactory<NetworkDbContext> factory, NetworkIndex index, NetworkStore store, TimeProvider time, TimeBank.TimeBankRules? timeBank = null,
    ChangeFeed? feed = null)
{
    private const int MaxAttempts = 5;

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
        var actor = caller.Subject;
        if (idempotencyKey is { Length: > 300 }) throw new ArgumentException("an idempotency key is at most 300 characters", nameof(idempotencyKey));
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (idempotencyKey is not null && await FindReplayAsync(idempotencyKey, holdingGate: true, ct).ConfigureAwait(false) is { } replay) return replay;
            for (var attempt = 1; ; attempt++)
            {
                var snapshot = index.Current;
                var now = DateTimeOffset.FromUnixTimeMilliseconds(time.GetUtcNow().ToUnixTimeMilliseconds());
                var (plan, errors) = ChangeSetValidator.Validate(snapshot, changes, now, authorize ? new AccessPolicy(caller, snapshot).Authorize : null, TimeBank);
                if (plan is null) return CommitResult.Refused(errors);
                if (plan.IsEmpty && idempotencyKey is null) return CommitResult.Committed(snapshot.Sequence, new Dictionary<long, long>());

                var outcome = await TryWriteAsync(snapshot, plan, actor, idempotencyKey, audit, now, ct).ConfigureAwait(false);
                if (outcome.Result is { } result) return result;
                // Another instance committed first: catch up with the change log and validate again.
                if (attempt == MaxAttempts)
                    return CommitResult.Refused([new ChangeError(-1, "changeSet", "the network kept changing under this change; try again", ChangeErrorCodes.Conflict)]);
                await CatchUpAsync(ct).ConfigureAwait(false);
            }
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
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var row = await db.ClientMutations.AsNoTracking().FirstOrDefaultAsync(r => r.Key == key, ct).ConfigureAwait(false);
        if (row is null) return null;
        // The index may not have seen the commit yet when another instance made it.
        if (row.Sequence > index.Current.Sequence)
        {
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
        var ids = JsonSerializer.Deserialize<Dictionary<long, long>>(row.Ids, NetworkJson.Options) ?? [];
        return CommitResult.Committed(row.Sequence, ids, replayed: true);
    }

    private async Task<(CommitResult? Result, bool Stale)> TryWriteAsync(NetworkSnapshot snapshot, ChangePlan plan, string actor, string? idempotencyKey,
        IReadOnlyList<AuditEntry>? audit, DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        if (db.Database.IsSqlite())
        {
            // What a change overwrites or removes is zeroed, not left in the file's free space: an erased elder's data is gone.
            await db.Database.ExecuteSqlRawAsync("PRAGMA secure_delete=ON;", ct).ConfigureAwait(false);
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        var conn = db.Database.GetDbConnection();
        var t = tx.GetDbTransaction();

        var head = await NetworkStore.HeadAsync(conn, t, ct).ConfigureAwait(false);
        if (head != snapshot.Sequence)
        {
            await tx.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            return (null, true);
        }

        var ids = new Dictionary<long, long>();
        var nextNode = await TakeIdsAsync(conn, t, "node", plan.Creates.Count, ct).ConfigureAwait(false);
        foreach (var n in plan.Creates) ids[n.Id] = nextNode++;
        var nextLink = await TakeIdsAsync(conn, t, "link", plan.LinkCreates.Count, ct).ConfigureAwait(false);
        foreach (var l in plan.LinkCreates) ids[l.Id] = nextLink++;
        var delta = plan.ToDelta(ids);

        var sequence = head + 1;
        var entry = new ChangeLogEntry(
            delta.UpsertedNodes.Select(n => n.Id).ToArray(), delta.DeletedNodes.ToArray(),
            delta.UpsertedLinks.Select(l => l.Id).ToArray(), delta.DeletedLinks.ToArray());
        // A big change's next snapshot is built on another core while its rows are written; it is swapped in only once they are committed.
        var building = delta.UpsertedNodes.Count + delta.UpsertedLinks.Count + delta.DeletedNodes.Count + delta.DeletedLinks.Count >= BuildBesideRows
            ? Task.Run(() => snapshot.Apply(delta, sequence), CancellationToken.None)
            : null;
        ChangeError? conflict;
        try
        {
            conflict = await WriteAndCommitAsync(tx, conn, t, plan, delta, sequence, entry, ids, actor, idempotencyKey, audit, now, ct).ConfigureAwait(false);
        }
        catch
        {
            Forget(building);
            throw;
        }
        if (conflict is not null)
        {
            Forget(building);
            return (CommitResult.Refused([conflict]), false);
        }

        NetworkSnapshot after;
        try
        {
            after = building is null ? snapshot.Apply(delta, sequence) : await building.ConfigureAwait(false);
            index.Swap(after);
        }
        catch (InvalidOperationException)
        {
            // The database holds the truth; should the delta ever not apply, rebuild the index from it.
            index.Swap(await store.LoadAsync(CancellationToken.None).ConfigureAwait(false));
            throw;
        }
        Feed.Publish(new NetworkChange(sequence, now, actor, entry, snapshot, after));
        return (CommitResult.Committed(sequence, ids), false);
    }

    // The change's rows, its change-log row, its idempotency key and audit entries, committed together; a row found stale
    // rolls all of it back and is told.
    private static async Task<ChangeError?> WriteAndCommitAsync(IDbContextTransaction tx, DbConnection conn, DbTransaction t, ChangePlan plan, NetworkDelta delta, long sequence,
        ChangeLogEntry entry, Dictionary<long, long> ids, string actor, string? idempotencyKey, IReadOnlyList<AuditEntry>? audit, DateTimeOffset now, CancellationToken ct)
    {
        var conflict = await WriteRowsAsync(conn, t, plan, delta, ct).ConfigureAwait(false);
        if (conflict is not null)
        {
            await tx.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            return conflict;
        }

        await using (var cmd = NetworkStore.Command(conn, t, "INSERT INTO change_log (seq, at, actor, changes) VALUES (@seq, @at, @actor, @changes)",
            ("seq", sequence), ("at", now.ToUnixTimeMilliseconds()), ("actor", actor.Length > 200 ? actor[..200] : actor),
            ("changes", JsonSerializer.Serialize(entry, NetworkJson.Options))))
        {
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        if (idempotencyKey is not null)
        {
            await using var cmd = NetworkStore.Command(conn, t, "INSERT INTO client_mutations (key, seq, ids, at) VALUES (@key, @seq, @ids, @at)",
                ("key", idempotencyKey), ("seq", sequence), ("ids", JsonSerializer.Serialize(ids, NetworkJson.Options)), ("at", now.ToUnixTimeMilliseconds()));
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        foreach (var read in audit ?? [])
        {
            await using var cmd = NetworkStore.Command(conn, t,
                "INSERT INTO audit_log (at, subject, roles, node_id, kind, fields, action, operation, request_id) VALUES (@at, @subject, @roles, @node, @kind, @fields, @action, @operation, @request)",
                ("at", now.ToUnixTimeMilliseconds()), ("subject", read.Subject), ("roles", read.Roles), ("node", read.NodeId), ("kind", (int)read.Kind),
                ("fields", string.Join(',', read.Fields)), ("action", read.Action), ("operation", read.Operation), ("request", read.RequestId));
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        await tx.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        return null;
    }

    // Applies what other instances committed since the index's snapshot, and publishes it as one change. Called under the gate.
    private async Task CatchUpAsync(CancellationToken ct)
    {
        var before = index.Current;
        var (after, changes) = await store.CatchUpWithChangesAsync(before, ct).ConfigureAwait(false);
        if (changes is null) return;
        index.Swap(after);
        Feed.Publish(new NetworkChange(after.Sequence, time.GetUtcNow(), "follower", changes, before, after));
    }

    private static async Task<long> TakeIdsAsync(DbConnection conn, DbTransaction t, string counter, int count, CancellationToken ct)
    {
        if (count == 0) return 0;
        long first;
        await using (var cmd = NetworkStore.Command(conn, t, "SELECT next FROM counters WHERE name = @name", ("name", counter)))
        {
            first = Convert.ToInt64(await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }
        await using (var cmd = NetworkStore.Command(conn, t, "UPDATE counters SET next = @next WHERE name = @name", ("next", first + count), ("name", counter)))
        {
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        return first;
    }

    private static async Task<ChangeError?> WriteRowsAsync(DbConnection conn, DbTransaction t, ChangePlan plan, NetworkDelta delta, CancellationToken ct)
    {
        // Links first out, nodes last out; nodes first in, links last in: the foreign keys hold at every step.
        if (delta.DeletedLinks.Count > 0)
        {
            using var row = RowStatement.Prepare(conn, t, "DELETE FROM links WHERE id = @id", "id");
            foreach (var id in delta.DeletedLinks)
            {
                row.Set(0, id);
                await row.ExecuteAsync(ct).ConfigureAwait(false);
            }
        }
        if (plan.Deletes.Count > 0)
        {
            using var row = RowStatement.Prepare(conn, t, "DELETE FROM nodes WHERE id = @id AND version = @version", "id", "version");
            foreach (var (id, version) in plan.Deletes)
            {
                row.Set(0, id);
                row.Set(1, version);
                if (await row.ExecuteAsync(ct).ConfigureAwait(false) != 1) return Stale(id);
            }
        }
        if (plan.Creates.Count > 0)
        {
            using var row = RowStatement.Prepare(conn, t,
                "INSERT INTO nodes (id, kind, version, name, data, created_at, updated_at) VALUES (@id, @kind, @version, @name, @data, @created, @updated)",
                "id", "kind", "version", "name", "data", "created", "updated");
            for (var i = 0; i < plan.Creates.Count; i++)
            {
                SetNode(row, delta.UpsertedNodes[i]);
                await row.ExecuteAsync(ct).ConfigureAwait(false);
            }
        }
        if (plan.Updates.Count > 0)
        {
            using var row = RowStatement.Prepare(conn, t,
                "UPDATE nodes SET kind = @kind, version = @version, name = @name, data = @data, created_at = @created, updated_at = @updated WHERE id = @id AND version = @expected",
                "id", "kind", "version", "name", "data", "created", "updated", "expected");
            for (var i = plan.Creates.Count; i < delta.UpsertedNodes.Count; i++)
            {
                var n = delta.UpsertedNodes[i];
                SetNode(row, n);
                row.Set(7, n.Version - 1);
                if (await row.ExecuteAsync(ct).ConfigureAwait(false) != 1) return Stale(n.Id);
            }
        }
        if (plan.LinkCreates.Count > 0)
        {
            using var row = RowStatement.Prepare(conn, t,
                "INSERT INTO links (id, type, from_id, to_id, version, data) VALUES (@id, @type, @from, @to, @version, @data)",
                "id", "type", "from", "to", "version", "data");
            for (var i = 0; i < plan.LinkCreates.Count; i++)
            {
                var l = delta.UpsertedLinks[i];
                row.Set(0, l.Id);
                row.Set(1, (int)l.Type);
                row.Set(2, l.FromId);
                row.Set(3, l.ToId);
                row.Set(4, l.Version);
                row.Set(5, NetworkJson.SerializeLinkData(l));
                await row.ExecuteAsync(ct).ConfigureAwait(false);
            }
        }
        if (plan.LinkUpdates.Count > 0)
        {
            using var row = RowStatement.Prepare(conn, t, "UPDATE links SET version = @version, data = @data WHERE id = @id AND version = @expected",
                "version", "data", "id", "expected");
            foreach (var (l, expected) in plan.LinkUpdates)
            {
                row.Set(0, l.Version);
                row.Set(1, NetworkJson.SerializeLinkData(l));
                row.Set(2, l.Id);
                row.Set(3, expected);
                if (await row.ExecuteAsync(ct).ConfigureAwait(false) != 1) return Stale(l.Id);
            }
        }
        return null;
    }

    // A snapshot built for a change that was not committed is let go; should its building have failed, the failure is seen here.
    private static void Forget(Task<NetworkSnapshot>? building) =>
        building?.ContinueWith(static b => b.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);

    private static ChangeError Stale(long id) =>
        new(-1, "version", $"{id} was changed by someone else since it was read", ChangeErrorCodes.Conflict);

    private static void SetNode(RowStatement row, Node n)
    {
        row.Set(0, n.Id);
        row.Set(1, (int)n.Kind);
        row.Set(2, n.Version);
        row.Set(3, n.Name);
        row.Set(4, NetworkJson.SerializeNode(n));
        row.Set(5, n.CreatedAt.ToUnixTimeMilliseconds());
        row.Set(6, n.UpdatedAt.ToUnixTimeMilliseconds());
    }
}
