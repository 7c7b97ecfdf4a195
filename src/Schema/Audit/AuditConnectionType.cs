using GraphQL.Types;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Audit;

/// <summary>A page of the audit log.</summary>
public sealed class AuditConnectionType : ObjectGraphType<AuditPage>
{
    /// <summary>Declares the fields.</summary>
    public AuditConnectionType()
    {
        Name = "AuditConnection";
        Description = "A page of the audit log, oldest first (审计日志分页).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditEntryType>>>>("nodes").Description("The entries of this page (记录).").Resolve(c => c.Source.Entries);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Where this page stands; pass endCursor as 'after' for the next (分页信息).")
            .Resolve(c => new PageInfoType.Info(c.Source.HasNextPage, false, Cursor(c.Source.Entries.FirstOrDefault()?.Id), Cursor(c.Source.Entries.LastOrDefault()?.Id)));
    }

    /// <summary>The ordering cursors of the audit log belong to.</summary>
    public const string Ordering = "audit";

    /// <summary>The cursor of an entry.</summary>
    public static string? Cursor(long? sequence) => sequence is { } s ? new CursorKey(Ordering, null, s, s).Encode() : null;
}
