using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Persistence;

/// <summary>
/// What the relational stores share: the tables (<see cref="NetworkDbContext"/>, migrated by EF Core), the statements
/// that load, write and follow the network, and the order of a write transaction — take the database's write lock and
/// read the head; then for each change, under a savepoint of its own, allocate ids and write the rows, the change-log
/// entry, the key and the audit entries; commit once. Each database says how it reads at one moment, takes the write
/// lock, filters by many ids, and what it does once a transaction's changes are written.
/// </summary>
public abstract class RelationalNetworkStore : INetworkStore
{
    private readonly IDbContextFactory<NetworkDbContext> _factory;

    /// <summary>A store over the tables the factory's contexts reach.</summary>
    protected RelationalNetworkStore(IDbContextFactory<NetworkDbContext> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _factory = factory;
    }

    /// <inheritdoc />
    public virtual async Task MigrateAsync(CancellationToken ct = default)
    {
        await using var db = await _factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await SqliteMigrationLock.MigrateAsync(db, ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public virtual Task CheckpointAsync(CancellationToken ct = default) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task<NetworkSnapshot> LoadAsync(CancellationToken ct = default)
    {
        await using var db = await OpenAsync(ct).ConfigureAwait(false);
        var conn = db.Database.GetDbConnection();
        await using var tx = await BeginReadAsync(conn, ct).ConfigureAwait(false);
        var sequence = await HeadAsync(conn, tx, ct).ConfigureAwait(false);
        var nodes = await ReadAsync(conn, tx, SelectNodes, ReadNode, ct).ConfigureAwait(false);
        var links = await ReadAsync(conn, tx, SelectLinks, ReadLink, ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return NetworkSnapshot.Build(nodes, links, sequence);
    }

    /// <inheritdoc />
    public async Task<ChangeBatch> ReadChangesAsync(long after, int max, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        await using var db = await OpenAsync(ct).ConfigureAwait(false);
        var conn = db.Database.GetDbConnection();
        await using var tx = await BeginReadAsync(conn, ct).ConfigureAwait(false);
        var batch = await ReadChangesAsync(conn, tx, after, max, ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return batch;
    }

    private async Task<ChangeBatch> ReadChangesAsync(DbConnection conn, DbTransaction tx, long after, int max, CancellationToken ct)
    {
        var entries = await ReadAsync(conn, tx, "SELECT seq, changes FROM change_log WHERE seq > @after ORDER BY seq LIMIT @max",
            r => (r.GetInt64(0), JsonSerializer.Deserialize<ChangeLogEntry>(r.GetString(1), NetworkJson.Options)!), ct, ("after", after), ("max", (long)max)).ConfigureAwait(false);
        if (entries.Count == 0) return new ChangeBatch(after, entries, [], [], More: false);
        var nodeIds = entries.SelectMany(e => e.Item2.Nodes.Concat(e.Item2.DeletedNodes)).Distinct().Order().ToArray();
        var linkIds = entries.SelectMany(e => e.Item2.Links.Concat(e.Item2.DeletedLinks)).Distinct().Order().ToArray();
        var nodes = await ReadAsync(conn, tx, $"{SelectNodes} WHERE {IdIn("id", "ids")} ORDER BY id", ReadNode, ct, ("ids", IdList(nodeIds))).ConfigureAwait(false);
        var links = await ReadAsync(conn, tx, $"{SelectLinks} WHERE {IdIn("id", "ids")} ORDER BY id", ReadLink, ct, ("ids", IdList(linkIds))).ConfigureAwait(false);
        return new ChangeBatch(entries[^1].Item1, entries, nodes, links, entries.Count == max);
    }

    /// <summary>How often <see cref="WaitForChangesAsync"/> asks for the head where nothing tells of a commit.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Asks for the change log's head every <see cref="PollInterval"/> until it is past <paramref name="after"/> or patience runs out.</summary>
    public virtual async Task WaitForChangesAsync(long after, TimeSpan patience, CancellationToken ct = default)
    {
        var until = DateTime.UtcNow + patience;
        while (await HeadAsync(ct).ConfigureAwait(false) <= after && DateTime.UtcNow < until)
            await Task.Delay(PollInterval < patience ? PollInterval : patience, ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<long> HeadAsync(CancellationToken ct = default)
    {
        await using var db = await OpenAsync(ct).ConfigureAwait(false);
        return await HeadAsync(db.Database.GetDbConnection(), null, ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<StoredKey?> FindKeyAsync(string key, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var db = await OpenAsync(ct).ConfigureAwait(false);
        var conn = db.Database.GetDbConnection();
        return await FindKeyAsync(conn, null, key, ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<T> WriteAsync<T>(Func<IStoreTransaction, Task<T>> work, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var db = await OpenAsync(ct).ConfigureAwait(false);
        var conn = db.Database.GetDbConnection();
        await using var tx = await BeginWriteAsync(conn, ct).ConfigureAwait(false);
        // Under the write lock nobody else commits: the head and the keys read now hold until this commits.
        var write = new Transaction(this, conn, tx, await HeadAsync(conn, tx, ct).ConfigureAwait(false));
        var result = await work(write).ConfigureAwait(false);
        if (write.Head != write.Started) await WrittenAsync(conn, tx, write.Head, ct).ConfigureAwait(false);
        await tx.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        return result;
    }

    // A write transaction: the head as of the lock plus what it wrote, and the statements of one change at a time.
    private sealed class Transaction(RelationalNetworkStore store, DbConnection conn, DbTransaction tx, long head) : IStoreTransaction
    {
        // Each change is written under a savepoint, so one whose rows conflict leaves nothing behind and the others stand.
        private const string Savepoint = "change";

        public long Started { get; } = head;

        public long Head { get; private set; } = head;

        public Task<ChangeBatch> ReadChangesAsync(long after, CancellationToken ct = default) => store.ReadChangesAsync(conn, tx, after, int.MaxValue, ct);

        public Task<StoredKey?> FindKeyAsync(string key, CancellationToken ct = default)
        {
            ArgumentNullException.ThrowIfNull(key);
            return RelationalNetworkStore.FindKeyAsync(conn, tx, key, ct);
        }

        public async Task<StoreCommit> WriteAsync(StoreChange change, CancellationToken ct = default)
        {
            ArgumentNullException.ThrowIfNull(change);
            var plan = change.Plan;
            await tx.SaveAsync(Savepoint, ct).ConfigureAwait(false);
            var ids = new Dictionary<long, long>();
            var nextNode = await TakeIdsAsync(conn, tx, "node", plan.Creates.Count, ct).ConfigureAwait(false);
            foreach (var n in plan.Creates) ids[n.Id] = nextNode++;
            var nextLink = await TakeIdsAsync(conn, tx, "link", plan.LinkCreates.Count, ct).ConfigureAwait(false);
            foreach (var l in plan.LinkCreates) ids[l.Id] = nextLink++;
            var delta = plan.ToDelta(ids);
            var sequence = Head + 1;
            var entry = ChangeLogEntry.Of(delta);
            change.Allocated?.Invoke(delta, sequence);

            if (await WriteRowsAsync(conn, tx, plan, delta, ct).ConfigureAwait(false) is { } conflict)
            {
                await tx.RollbackAsync(Savepoint, ct).ConfigureAwait(false);
                return StoreCommit.Conflicted(conflict);
            }
            var at = change.At.ToUnixTimeMilliseconds();
            await using (var cmd = Command(conn, tx, "INSERT INTO change_log (seq, at, actor, changes) VALUES (@seq, @at, @actor, @changes)",
                ("seq", sequence), ("at", at), ("actor", change.Actor.Length > 200 ? change.Actor[..200] : change.Actor),
                ("changes", JsonSerializer.Serialize(entry, NetworkJson.Options))))
            {
                await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
            if (change.IdempotencyKey is not null)
            {
                await using var cmd = Command(conn, tx, "INSERT INTO client_mutations (key, seq, ids, at) VALUES (@key, @seq, @ids, @at)",
                    ("key", change.IdempotencyKey), ("seq", sequence), ("ids", JsonSerializer.Serialize(ids, NetworkJson.Options)), ("at", at));
                await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
            foreach (var read in change.Audit)
            {
                await using var cmd = Command(conn, tx,
                    "INSERT INTO audit_log (at, subject, roles, node_id, kind, fields, action, operation, request_id) VALUES (@at, @subject, @roles, @node, @kind, @fields, @action, @operation, @request)",
                    ("at", at), ("subject", read.Subject), ("roles", read.Roles), ("node", read.NodeId), ("kind", (int)read.Kind),
                    ("fields", string.Join(',', read.Fields)), ("action", read.Action), ("operation", read.Operation), ("request", read.RequestId));
                await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
            await tx.ReleaseAsync(Savepoint, ct).ConfigureAwait(false);
            Head = sequence;
            return StoreCommit.Committed(sequence, ids, delta, entry);
        }
    }

    /// <inheritdoc />
    public async Task AppendAuditAsync(IReadOnlyList<AuditEntry> entries, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        await using var db = await _factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        db.AuditLog.AddRange(entries.Select(e => new AuditRow
        {
            At = e.At.ToUnixTimeMilliseconds(), Subject = e.Subject, Roles = e.Roles, NodeId = e.NodeId, Kind = (int)e.Kind,
            Fields = string.Join(',', e.Fields), Action = e.Action, Operation = e.Operation, RequestId = e.RequestId,
        }));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(long afterId, int first, long? nodeId = null, string? subject = null, CancellationToken ct = default)
    {
        await using var db = await _factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = db.AuditLog.AsNoTracking().Where(r => r.Id > afterId);
        if (nodeId is { } n) rows = rows.Where(r => r.NodeId == n);
        if (subject is not null) rows = rows.Where(r => r.Subject == subject);
        var page = await rows.OrderBy(r => r.Id).Take(first).ToListAsync(ct).ConfigureAwait(false);
        return page.Select(r => new AuditEntry(r.Id, DateTimeOffset.FromUnixTimeMilliseconds(r.At), r.Subject, r.Roles, r.NodeId, (NodeKind)r.Kind,
            r.Fields.Length == 0 ? [] : r.Fields.Split(','), r.Action, r.Operation, r.RequestId)).ToList();
    }

    /// <summary>The connection string of the factory's contexts.</summary>
    protected string ConnectionString()
    {
        using var db = _factory.CreateDbContext();
        return db.Database.GetConnectionString() ?? throw new InvalidOperationException("the store's contexts have no connection string");
    }

    /// <summary>A context with its connection open.</summary>
    protected async Task<NetworkDbContext> OpenAsync(CancellationToken ct)
    {
        var db = await _factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        try
        {
            await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
            return db;
        }
        catch
        {
            await db.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>A read-only transaction that sees one consistent state without blocking writers.</summary>
    protected abstract Task<DbTransaction> BeginReadAsync(DbConnection conn, CancellationToken ct);

    /// <summary>A transaction that holds the database's write lock from its start, so commits from every instance go one at a time.</summary>
    protected abstract Task<DbTransaction> BeginWriteAsync(DbConnection conn, CancellationToken ct);

    /// <summary>A condition that <paramref name="column"/> is one of the ids in the parameter <paramref name="parameter"/> (see <see cref="IdList"/>).</summary>
    protected abstract string IdIn(string column, string parameter);

    /// <summary>The value of a parameter that <see cref="IdIn"/> reads.</summary>
    protected abstract object IdList(long[] ids);

    /// <summary>Called once a transaction's changes are written, before its commit, with the new head: where the database tells other instances, it tells them here.</summary>
    protected virtual Task WrittenAsync(DbConnection conn, DbTransaction tx, long sequence, CancellationToken ct) => Task.CompletedTask;

    /// <summary>A statement with its parameters (named <c>@name</c> in <paramref name="sql"/>).</summary>
    protected internal static DbCommand Command(DbConnection conn, DbTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(conn);
        ArgumentNullException.ThrowIfNull(parameters);
        var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
#pragma warning disable CA2100 // every statement is a constant of this assembly; values go in parameters
        cmd.CommandText = sql;
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            var p = cmd.CreateParameter();
            // Named as the statement spells it, prefix and all: Microsoft.Data.Sqlite then binds it at the first try instead of
            // trying the bare name and each prefix in turn.
            p.ParameterName = "@" + name;
            p.Value = value ?? DBNull.Value;
            cmd.Parameters.Add(p);
        }
        return cmd;
    }

    private const string SelectNodes = "SELECT id, kind, version, name, data, created_at, updated_at FROM nodes";
    private const string SelectLinks = "SELECT id, type, from_id, to_id, version, data FROM links";

    // Every row a statement gives, each read as read says.
    private static async Task<List<T>> ReadAsync<T>(DbConnection conn, DbTransaction tx, string sql, Func<DbDataReader, T> read, CancellationToken ct,
        params (string Name, object? Value)[] parameters)
    {
        var rows = new List<T>();
        await using var cmd = Command(conn, tx, sql, parameters);
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await r.ReadAsync(ct).ConfigureAwait(false)) rows.Add(read(r));
        return rows;
    }

    private static async Task<long> HeadAsync(DbConnection conn, DbTransaction? tx, CancellationToken ct)
    {
        await using var cmd = Command(conn, tx, "SELECT COALESCE(MAX(seq), 0) FROM change_log");
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    private static async Task<StoredKey?> FindKeyAsync(DbConnection conn, DbTransaction? tx, string key, CancellationToken ct)
    {
        await using var cmd = Command(conn, tx, "SELECT seq, ids FROM client_mutations WHERE key = @key", ("key", key));
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        if (!await r.ReadAsync(ct).ConfigureAwait(false)) return null;
        return new StoredKey(r.GetInt64(0), JsonSerializer.Deserialize<Dictionary<long, long>>(r.GetString(1), NetworkJson.Options) ?? []);
    }

    // Ids are taken in one statement that adds to the counter and returns it: no two changes get the same ids, whichever instance makes them.
    private static async Task<long> TakeIdsAsync(DbConnection conn, DbTransaction tx, string counter, int count, CancellationToken ct)
    {
        if (count == 0) return 0;
        await using var cmd = Command(conn, tx, "UPDATE counters SET next = next + @count WHERE name = @name RETURNING next", ("count", (long)count), ("name", counter));
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false), CultureInfo.InvariantCulture) - count;
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

    private static Node ReadNode(DbDataReader r) => NetworkJson.DeserializeNode(r.GetInt64(0), (NodeKind)r.GetInt32(1), r.GetInt32(2),
        r.GetString(3), r.GetString(4), r.GetInt64(5), r.GetInt64(6));

    private static Link ReadLink(DbDataReader r) => NetworkJson.DeserializeLink(r.GetInt64(0), (LinkType)r.GetInt32(1), r.GetInt64(2),
        r.GetInt64(3), r.GetInt32(4), r.IsDBNull(5) ? null : r.GetString(5));
}
