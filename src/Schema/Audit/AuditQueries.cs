using GraphQL;
using GraphQL.Types;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Persistence;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Audit;

/// <summary>The audit log as a connection, for admins: read from the database, where it is kept (it only grows, so the index does not hold it).</summary>
public static class AuditQueries
{
    /// <summary>Adds <c>auditLog(first, after, nodeId, subject)</c>.</summary>
    public static void AddAudit(this ObjectGraphType query, AuditLog audit)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(audit);
        query.Field<AuditConnectionType>("auditLog")
            .Description("The audit log of personal data, oldest first: every read, export and erasure (审计日志). Admins only; null with FORBIDDEN for others.")
            .Argument<IntGraphType>("first", $"How many, 1 to {AuditLog.MaxPage}; 20 when absent (数量).")
            .Argument<StringGraphType>("after", "A cursor: entries after it (之后).")
            .Argument<IdGraphType>("nodeId", "Only the entries of this node (对象).")
            .Argument<StringGraphType>("subject", "Only the entries of this caller (访问者).")
            .ResolveAsync(async c =>
            {
                if (!c.Caller().Has(Roles.Admin))
                {
                    c.AddError(HubErrorCodes.Forbidden, "the audit log is read by admins");
                    return null;
                }
                var first = c.GetArgument<int?>("first") ?? PageRequest.DefaultPageSize;
                if (first is < 1 or > AuditLog.MaxPage) throw ResolveFieldContextExtensions.Error(HubErrorCodes.BadUserInput, $"first: 1 to {AuditLog.MaxPage}");
                long after = 0;
                if (c.GetArgument<string?>("after") is { } cursor)
                {
                    var key = CursorKey.Decode(cursor);
                    if (key is null || key.Ordering != AuditConnectionType.Ordering) throw ResolveFieldContextExtensions.Error(HubErrorCodes.BadUserInput, "after: not a cursor of the audit log");
                    after = key.Id;
                }
                long? nodeId = null;
                if (c.GetArgument<string?>("nodeId") is { } raw)
                    nodeId = GlobalId.TryDecode(raw, out _, out var id) ? id : throw ResolveFieldContextExtensions.Error(HubErrorCodes.BadUserInput, $"nodeId: '{raw}' is not a global id of this hub");
                var entries = await audit.ReadAsync(after, first + 1, nodeId, c.GetArgument<string?>("subject"), c.CancellationToken);
                return new AuditPage(entries.Take(first).ToList(), entries.Count > first);
            });
    }
}
