using ResourceHub.Graph.Access;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Persistence;

/// <summary>
/// The audit log of personal data (PIPL): every read, export and erasure of an elder's data, appended in the
/// network's database (the store the write path commits to) and never changed — the database refuses updates and
/// deletes of its rows. Kept out of the index: it only grows, and only admins read it.
/// </summary>
/// <remarks>
/// Appends are committed in groups: one writer takes every entry waiting and commits them in one transaction, and
/// each request's append completes when its entries are committed. A request still answers only after its reads are
/// in the log, but many requests at once cost one commit, not one each.
/// </remarks>
public sealed class AuditLog(INetworkStore store, TimeProvider time) : IAsyncDisposable
{
    /// <summary>The most entries one read returns.</summary>
    public const int MaxPage = 100;

    // The most rows one group commits; what waits beyond them goes in the next group.
    private const int MaxGroup = 2_000;

    private readonly Lock _gate = new();
    private readonly Queue<Pending> _waiting = new();
    private Task? _writer;
    private bool _disposed;

    private sealed record Pending(List<AuditEntry> Rows, TaskCompletionSource Done);

    /// <summary>Appends one entry per node of <paramref name="nodes"/>, all in the same transaction; completes once they are committed.</summary>
    public Task AppendAsync(Caller caller, IReadOnlyList<(long NodeId, NodeKind Kind, IReadOnlyList<string> Fields)> nodes, string action,
        string? operation, string requestId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(nodes);
        if (nodes.Count == 0) return Task.CompletedTask;
        ct.ThrowIfCancellationRequested();
        var at = time.GetUtcNow();
        var subject = Cut(caller.Subject, 200);
        var roles = RoleNames.Describe(caller.Roles);
        var op = operation is null ? null : Cut(operation, 200);
        var request = Cut(requestId, 64);
        var rows = nodes.Select(n => new AuditEntry(0, at, subject, roles, n.NodeId, n.Kind, n.Fields, action, op, request)).ToList();
        var pending = new Pending(rows, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _waiting.Enqueue(pending);
            _writer ??= Task.Run(WriteGroupsAsync);
        }
        return pending.Done.Task;
    }

    // Commits what is waiting, group after group, until nothing is; the next append starts a new writer.
    private async Task WriteGroupsAsync()
    {
        while (true)
        {
            var group = new List<Pending>();
            lock (_gate)
            {
                var count = 0;
                while (_waiting.Count > 0 && (group.Count == 0 || count + _waiting.Peek().Rows.Count <= MaxGroup))
                {
                    var next = _waiting.Dequeue();
                    count += next.Rows.Count;
                    group.Add(next);
                }
                if (group.Count == 0)
                {
                    _writer = null;
                    return;
                }
            }
            try
            {
                await store.AppendAuditAsync([.. group.SelectMany(p => p.Rows)]).ConfigureAwait(false);
                foreach (var pending in group) pending.Done.TrySetResult();
            }
#pragma warning disable CA1031 // every waiting request learns that its entries were not written, whatever the cause
            catch (Exception e)
#pragma warning restore CA1031
            {
                foreach (var pending in group) pending.Done.TrySetException(e);
            }
        }
    }

    /// <summary>Waits for the entries already appended to be committed.</summary>
    public async ValueTask DisposeAsync()
    {
        Task? writer;
        lock (_gate)
        {
            _disposed = true;
            writer = _writer;
        }
        if (writer is not null) await writer.ConfigureAwait(false);
    }

    /// <summary>Entries after <paramref name="afterId"/>, oldest first, optionally only of one node or one subject.</summary>
    public Task<IReadOnlyList<AuditEntry>> ReadAsync(long afterId, int first, long? nodeId = null, string? subject = null, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(first, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(first, MaxPage + 1);
        return store.ReadAuditAsync(afterId, first, nodeId, subject, ct);
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
