using System.Text.Json;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Persistence.Neo4j;

/// <summary>
/// The network kept in a Neo4j server (<c>Hub:Store=neo4j</c>), over its transactional HTTP API
/// (<see cref="Neo4jClient"/>), held as <see cref="Neo4jRecords"/> says, with every statement from
/// <see cref="Neo4jCypher"/>. Beside the network it keeps the change log (<c>:ChangeLogEntry</c>), the idempotency keys
/// (<c>:ClientMutation</c>), the audit log (<c>:AuditEntry</c>) and one head node (<c>:HubHead</c>) with the head and
/// the id counters.
/// </summary>
/// <remarks>
/// A write transaction is one Neo4j transaction held open across requests: it starts by writing the head node, whose
/// lock Neo4j keeps until the end, so writers of every instance go one at a time and the head read under it holds.
/// Neo4j has no savepoints: a change's versions are checked before any of its rows is written, under that lock, so a
/// change that conflicts writes nothing and the others in its group stand. Reads that must see one moment (a load, a
/// batch of changes) are made under the same lock and rolled back: Neo4j's plain reads may see a commit half applied.
/// Other instances follow by asking for the head every <see cref="PollInterval"/>.
/// </remarks>
public sealed class Neo4jNetworkStore : INetworkStore, IDisposable
{
    // The most rows one write statement carries.
    private const int RowsPerStatement = 2_000;

    private readonly Neo4jClient _client;
    private Neo4jCypher? _cypher;

    /// <summary>A store on the server <paramref name="settings"/> names, sending through <paramref name="handler"/> when given.</summary>
    public Neo4jNetworkStore(Neo4jSettings settings, HttpMessageHandler? handler = null)
    {
        _client = new Neo4jClient(settings, handler);
    }

    /// <summary>How often <see cref="WaitForChangesAsync"/> asks for the head. Default 100 ms.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The client the store talks through (the export and the tests send their own Cypher with it).</summary>
    public Neo4jClient Client => _client;

    /// <summary>The server's statements, in the dialect of its version.</summary>
    public async Task<Neo4jCypher> CypherAsync(CancellationToken ct = default)
    {
        if (_cypher is { } known) return known;
        var server = await _client.ServerAsync(ct).ConfigureAwait(false);
        return _cypher = new Neo4jCypher(server.Major, server.Minor);
    }

    /// <inheritdoc />
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        var cypher = await CypherAsync(ct).ConfigureAwait(false);
        // Each constraint in a transaction of its own: Neo4j runs no schema change beside data.
        foreach (var constraint in cypher.Constraints) await _client.RunAsync(constraint, null, ct).ConfigureAwait(false);
        await _client.RunAsync([new(cypher.CreateHeads), new(cypher.AdvanceCounters)], ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<NetworkSnapshot> LoadAsync(CancellationToken ct = default)
    {
        var cypher = await CypherAsync(ct).ConfigureAwait(false);
        var (head, (nodes, links)) = await StableAsync(cypher, async run =>
        {
            var results = await run([new(cypher.AllNodes), new(cypher.AllLinks)]).ConfigureAwait(false);
            return (ReadNodes(results[0]), ReadLinks(results[1]));
        }, ct).ConfigureAwait(false);
        return NetworkSnapshot.Build(nodes, links, head);
    }

    /// <inheritdoc />
    public async Task<ChangeBatch> ReadChangesAsync(long after, int max, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var cypher = await CypherAsync(ct).ConfigureAwait(false);
        var (_, batch) = await StableAsync(cypher, run => ReadChangesAsync(cypher, run, after, long.MaxValue, max), ct).ConfigureAwait(false);
        return batch;
    }

    /// <inheritdoc />
    public async Task<long> HeadAsync(CancellationToken ct = default)
    {
        var cypher = await CypherAsync(ct).ConfigureAwait(false);
        return HeadOf(await _client.RunAsync(cypher.Head, null, ct).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public async Task WaitForChangesAsync(long after, TimeSpan patience, CancellationToken ct = default)
    {
        var until = DateTime.UtcNow + patience;
        while (await HeadAsync(ct).ConfigureAwait(false) <= after && DateTime.UtcNow < until)
            await Task.Delay(PollInterval < patience ? PollInterval : patience, ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<StoredKey?> FindKeyAsync(string key, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var cypher = await CypherAsync(ct).ConfigureAwait(false);
        return KeyOf(await _client.RunAsync(cypher.FindKey, new Dictionary<string, object?> { ["key"] = key }, ct).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public Task CheckpointAsync(CancellationToken ct = default) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task AppendAuditAsync(IReadOnlyList<AuditEntry> entries, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0) return;
        var cypher = await CypherAsync(ct).ConfigureAwait(false);
        await _client.RunAsync([Audit(cypher, entries)], ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(long afterId, int first, long? nodeId = null, string? subject = null, CancellationToken ct = default)
    {
        var cypher = await CypherAsync(ct).ConfigureAwait(false);
        var result = await _client.RunAsync(cypher.ReadAudit,
            new Dictionary<string, object?> { ["after"] = afterId, ["first"] = (long)first, ["node"] = nodeId, ["subject"] = subject }, ct).ConfigureAwait(false);
        return [.. result.Rows.Select(r =>
        {
            var a = r[0];
            string? Text(string name) => a.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var fields = Text("fields") ?? "";
            return new AuditEntry(a.GetProperty("id").GetInt64(), DateTimeOffset.FromUnixTimeMilliseconds(a.GetProperty("at").GetInt64()), Text("subject") ?? "",
                Text("roles") ?? "", a.GetProperty("nodeId").GetInt64(), (NodeKind)a.GetProperty("kind").GetInt32(), fields.Length == 0 ? [] : fields.Split(','),
                Text("action") ?? "", Text("operation"), Text("requestId") ?? "");
        })];
    }

    /// <inheritdoc />
    public async Task<T> WriteAsync<T>(Func<IStoreTransaction, Task<T>> work, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        var cypher = await CypherAsync(ct).ConfigureAwait(false);
        await using var tx = await _client.BeginAsync([new(cypher.Lock)], ct).ConfigureAwait(false);
        var write = new Transaction(cypher, tx, HeadOf(tx.First[0]));
        var result = await work(write).ConfigureAwait(false);
        await tx.CommitAsync(null, CancellationToken.None).ConfigureAwait(false);
        return result;
    }

    /// <inheritdoc />
    public void Dispose() => _client.Dispose();

    // A write transaction: the head as of the lock plus what it wrote.
    private sealed class Transaction(Neo4jCypher cypher, Neo4jTransaction tx, long head) : IStoreTransaction
    {
        public long Head { get; private set; } = head;

        public async Task<ChangeBatch> ReadChangesAsync(long after, CancellationToken ct = default) =>
            await Neo4jNetworkStore.ReadChangesAsync(cypher, s => tx.RunAsync(s, ct), after, Head, int.MaxValue).ConfigureAwait(false);

        public async Task<StoredKey?> FindKeyAsync(string key, CancellationToken ct = default)
        {
            ArgumentNullException.ThrowIfNull(key);
            return KeyOf((await tx.RunAsync([new(cypher.FindKey, new Dictionary<string, object?> { ["key"] = key })], ct).ConfigureAwait(false))[0]);
        }

        public async Task<StoreCommit> WriteAsync(StoreChange change, CancellationToken ct = default)
        {
            ArgumentNullException.ThrowIfNull(change);
            var plan = change.Plan;
            // Neo4j has no savepoint to go back to: what may conflict is checked before anything is written, under the lock.
            var checks = new List<Neo4jStatement>
            {
                new(cypher.TakeIds, new Dictionary<string, object?> { ["nodes"] = (long)plan.Creates.Count, ["links"] = (long)plan.LinkCreates.Count }),
            };
            var staleNodes = plan.Updates.Select(u => Row(("id", u.Node.Id), ("version", (long)u.ExpectedVersion)))
                .Concat(plan.Deletes.Select(d => Row(("id", d.Id), ("version", (long)d.ExpectedVersion)))).ToList();
            if (staleNodes.Count > 0) checks.Add(new(cypher.StaleNode, new Dictionary<string, object?> { ["rows"] = staleNodes }));
            var staleLinks = plan.LinkUpdates.Select(u => Row(("id", u.Link.Id), ("from", u.Link.FromId), ("to", u.Link.ToId), ("version", (long)u.ExpectedVersion))).ToList();
            if (staleLinks.Count > 0) checks.Add(new(cypher.StaleLink, new Dictionary<string, object?> { ["rows"] = staleLinks }));
            var checked_ = await tx.RunAsync(checks, ct).ConfigureAwait(false);
            foreach (var stale in checked_.Skip(1))
            {
                // The ids taken stay taken, as a sequence's would: ids need be unique, not dense.
                if (stale.Rows.Count > 0) return StoreCommit.Conflicted(Stale(stale.Rows[0][0].GetInt64()));
            }

            var nextNode = checked_[0].Rows[0][0].GetInt64();
            var nextLink = checked_[0].Rows[0][1].GetInt64();
            var ids = new Dictionary<long, long>();
            foreach (var n in plan.Creates) ids[n.Id] = nextNode++;
            foreach (var l in plan.LinkCreates) ids[l.Id] = nextLink++;
            var delta = plan.ToDelta(ids);
            var sequence = Head + 1;
            var entry = ChangeLogEntry.Of(delta);
            change.Allocated?.Invoke(delta, sequence);

            var writes = Rows(cypher, plan, delta);
            var at = change.At.ToUnixTimeMilliseconds();
            writes.Add(new(cypher.AppendChange, new Dictionary<string, object?>
            {
                ["seq"] = sequence,
                ["at"] = at,
                ["actor"] = change.Actor.Length > 200 ? change.Actor[..200] : change.Actor,
                ["changes"] = JsonSerializer.Serialize(entry, NetworkJson.Options),
                ["linkSources"] = delta.UpsertedLinks.Select(l => l.FromId).ToList(),
            }));
            if (change.IdempotencyKey is not null)
            {
                writes.Add(new(cypher.AppendKey, new Dictionary<string, object?>
                {
                    ["key"] = change.IdempotencyKey, ["seq"] = sequence, ["ids"] = JsonSerializer.Serialize(ids, NetworkJson.Options), ["at"] = at,
                }));
            }
            if (change.Audit.Count > 0) writes.Add(Audit(cypher, change.Audit.Select(a => a with { At = change.At }).ToList()));
            await tx.RunAsync(writes, ct).ConfigureAwait(false);
            Head = sequence;
            return StoreCommit.Committed(sequence, ids, delta, entry);
        }
    }

    // The statements that write a change's rows: links out first, nodes out, nodes in, links in, as the relational stores do.
    private static List<Neo4jStatement> Rows(Neo4jCypher cypher, ChangePlan plan, NetworkDelta delta)
    {
        var writes = new List<Neo4jStatement>();
        void Add(string statement, string name, IReadOnlyList<object?> rows)
        {
            // A big change goes in statements of a few thousand rows each: the same transaction, less for the server to hold at once.
            foreach (var chunk in rows.Chunk(RowsPerStatement)) writes.Add(new(statement, new Dictionary<string, object?> { [name] = chunk }));
        }
        Add(cypher.DeleteLinks, "rows", [.. plan.LinkDeletes.Select(l => Row(("id", l.Id), ("from", l.FromId), ("to", l.ToId)))]);
        Add(cypher.DeleteNodes, "ids", [.. plan.Deletes.Select(d => (object?)d.Id)]);
        foreach (var kind in delta.UpsertedNodes.Take(plan.Creates.Count).GroupBy(n => n.Kind))
            Add(cypher.CreateNodes(kind.Key), "rows", [.. kind.Select(n => NodeRow(cypher, n))]);
        Add(cypher.UpdateNodes, "rows", [.. delta.UpsertedNodes.Skip(plan.Creates.Count).Select(n => NodeRow(cypher, n))]);
        foreach (var type in delta.UpsertedLinks.Take(plan.LinkCreates.Count).GroupBy(l => l.Type))
            Add(cypher.CreateLinks(type.Key), "rows", [.. type.Select(LinkRow)]);
        Add(cypher.UpdateLinks, "rows", [.. delta.UpsertedLinks.Skip(plan.LinkCreates.Count).Select(LinkRow)]);
        return writes;
    }

    private static Dictionary<string, object?> NodeRow(Neo4jCypher cypher, Node n)
    {
        var where = Neo4jRecords.Where(n);
        return Row(("props", Neo4jRecords.NodeProperties(n, cypher.Points)), ("lat", where?.Lat), ("lon", where?.Lon));
    }

    private static Dictionary<string, object?> LinkRow(Link l) => Row(("from", l.FromId), ("to", l.ToId), ("props", Neo4jRecords.LinkProperties(l)));

    private static Dictionary<string, object?> Row(params (string Name, object? Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);

    private static Neo4jStatement Audit(Neo4jCypher cypher, IReadOnlyList<AuditEntry> entries) => new(cypher.AppendAudit, new Dictionary<string, object?>
    {
        ["rows"] = entries.Select(e => (object?)Row(("at", e.At.ToUnixTimeMilliseconds()), ("subject", e.Subject), ("roles", e.Roles), ("nodeId", e.NodeId),
            ("kind", (long)(int)e.Kind), ("fields", string.Join(',', e.Fields)), ("action", e.Action), ("operation", e.Operation), ("requestId", e.RequestId))).ToList(),
    });

    // Reads under the write lock, and gives it back without writing. Neo4j's reads may see a commit half applied (the head
    // moved, a node it wrote not yet there); the lock is released only once a commit is applied, and no other can start
    // while it is held, so what is read is one moment of the database.
    private async Task<(long Head, T Value)> StableAsync<T>(Neo4jCypher cypher, Func<Func<IReadOnlyList<Neo4jStatement>, Task<IReadOnlyList<Neo4jResult>>>, Task<T>> read,
        CancellationToken ct)
    {
        await using var locked = await _client.BeginAsync([new(cypher.Lock)], ct).ConfigureAwait(false);
        var head = HeadOf(locked.First[0]);
        return (head, await read(s => locked.RunAsync(s, ct)).ConfigureAwait(false));
    }

    private static async Task<ChangeBatch> ReadChangesAsync(Neo4jCypher cypher, Func<IReadOnlyList<Neo4jStatement>, Task<IReadOnlyList<Neo4jResult>>> run,
        long after, long upto, int max)
    {
        // Neo4j 3.1 sorts under a limit in an array of the limit's size: the limit is no more than the entries there can be.
        var limit = Math.Min(max, upto - after);
        if (limit <= 0) return new ChangeBatch(after, [], [], [], More: false);
        var found = (await run([new(cypher.Changes, new Dictionary<string, object?> { ["after"] = after, ["upto"] = upto, ["max"] = limit })]).ConfigureAwait(false))[0];
        var entries = new List<(long, ChangeLogEntry)>();
        var sources = new Dictionary<long, long>();
        foreach (var row in found.Rows)
        {
            var entry = JsonSerializer.Deserialize<ChangeLogEntry>(row[1].GetString()!, NetworkJson.Options)!;
            entries.Add((row[0].GetInt64(), entry));
            var from = row[2].EnumerateArray().Select(e => e.GetInt64()).ToArray();
            for (var i = 0; i < entry.Links.Length; i++) sources[entry.Links[i]] = from[i];
        }
        if (entries.Count == 0) return new ChangeBatch(after, entries, [], [], More: false);
        var nodeIds = entries.SelectMany(e => e.Item2.Nodes.Concat(e.Item2.DeletedNodes)).Distinct().Order().ToList();
        // A link is found from its source node, which the entry keeps beside its id: a link's ends never change.
        var linkRows = sources.OrderBy(kv => kv.Key).Select(kv => (object?)Row(("id", kv.Key), ("from", kv.Value))).ToList();
        var rows = await run([
            new(cypher.NodesById, new Dictionary<string, object?> { ["ids"] = nodeIds.Cast<object?>().ToList() }),
            new(cypher.LinksById, new Dictionary<string, object?> { ["rows"] = linkRows }),
        ]).ConfigureAwait(false);
        var nodes = ReadNodes(rows[0]).OrderBy(n => n.Id).ToList();
        var links = ReadLinks(rows[1]).OrderBy(l => l.Id).ToList();
        return new ChangeBatch(entries[^1].Item1, entries, nodes, links, entries.Count == max);
    }

    private static List<Node> ReadNodes(Neo4jResult result) => [.. result.Rows.Select(r =>
    {
        var kind = Neo4jRecords.KindOf(r[0].GetString() ?? "") ?? throw new Neo4jException($"a node labelled {r[0]} is of no kind the hub knows");
        double? lat = r.Length > 2 && r[2].ValueKind == JsonValueKind.Number ? r[2].GetDouble() : null;
        double? lon = r.Length > 3 && r[3].ValueKind == JsonValueKind.Number ? r[3].GetDouble() : null;
        return Neo4jRecords.ReadNode(kind, r[1], lat, lon);
    })];

    private static List<Link> ReadLinks(Neo4jResult result) => [.. result.Rows.Select(r =>
        Neo4jRecords.ReadLink(Neo4jRecords.LinkTypeOf(r[0].GetString() ?? "") ?? throw new Neo4jException($"a relationship of type {r[0]} is of no link type the hub knows"),
            r[1].GetInt64(), r[2].GetInt64(), r[3]))];

    private static long HeadOf(Neo4jResult result) =>
        result.Rows.Count == 1 ? result.Rows[0][0].GetInt64() : throw new Neo4jException("the Neo4j database has no head node: the store's schema is not made (MigrateAsync)");

    private static StoredKey? KeyOf(Neo4jResult result) =>
        result.Rows.Count == 0 ? null
            : new StoredKey(result.Rows[0][0].GetInt64(), JsonSerializer.Deserialize<Dictionary<long, long>>(result.Rows[0][1].GetString()!, NetworkJson.Options) ?? []);

    private static ChangeError Stale(long id) =>
        new(-1, "version", $"{id} was changed by someone else since it was read", ChangeErrorCodes.Conflict);
}
