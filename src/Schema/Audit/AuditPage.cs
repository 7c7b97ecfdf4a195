using ResourceHub.Graph.Access;

namespace ResourceHub.Schema.Audit;

/// <summary>One page of the audit log, oldest first.</summary>
/// <param name="Entries">The entries.</param>
/// <param name="HasNextPage">More entries follow.</param>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, bool HasNextPage);
