using Microsoft.EntityFrameworkCore;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Persistence;

/// <summary>
/// The audit log of personal data (PIPL): every read, export and erasure of an elder's data, appended in the
/// network's database (the store the write path commits to) and never changed — the database refuses updates and
/// deletes of its rows. Kept out of the index: it only grows, and only admins read it.
/// </summary>
public sealed class AuditLog(IDbContextFactory<NetworkDbContext> factory, TimeProvider time)
{
    /// <summary>The most entries one read returns.</summary>
    public const int MaxPage = 100;

    /// <summary>Appends one entry per node of <paramref name="nodes"/>, in one transaction.</summary>
    public async Task AppendAsync(Caller caller, IReadOnlyList<(long NodeId, NodeKind Kind, IReadOnlyList<string> Fields)> nodes, string action,
        string? operation, string requestId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(nodes);
        if (nodes.Count == 0) return;
        var at = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        foreach (var (nodeId, kind, fields) in nodes)
        {
            db.AuditLog.Add(new AuditRow
            {
                At = at,
                Subject = Cut(caller.Subject, 200),
                Roles = RoleNames.Describe(caller.Roles),
                NodeId = nodeId,
                Kind = (int)kind,
                Fields = string.Join(',', fields),
                Action = action,
                Operation = operation is null ? null : Cut(operation, 200),
                RequestId = Cut(requestId, 64),
            });
        }
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Entries after <paramref name="afterId"/>, oldest first, optionally only of one node or one subject.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(long afterId, int first, long? nodeId = null, string? subject = null, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(first, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(first, MaxPage + 1);
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = db.AuditLog.AsNoTracking().Where(r => r.Id > afterId);
        if (nodeId is { } n) rows = rows.Where(r => r.NodeId == n);
        if (subject is not null) rows = rows.Where(r => r.Subject == subject);
        var page = await rows.OrderBy(r => r.Id).Take(first).ToListAsync(ct).ConfigureAwait(false);
        return page.Select(r => new AuditEntry(r.Id, DateTimeOffset.FromUnixTimeMilliseconds(r.At), r.Subject, r.Roles, r.NodeId, (NodeKind)r.Kind,
            r.Fields.Length == 0 ? [] : r.Fields.Split(','), r.Action, r.Operation, r.RequestId)).ToList();
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
