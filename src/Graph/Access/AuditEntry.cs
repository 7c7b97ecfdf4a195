using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Access;

/// <summary>
/// One entry of the audit log (PIPL): who read, exported or erased which personal fields of which node, when, in
/// which operation of which request. It names fields, never their values.
/// </summary>
/// <param name="Id">Its place in the log, rising.</param>
/// <param name="At">When.</param>
/// <param name="Subject">Who: the caller's subject.</param>
/// <param name="Roles">The caller's roles, as <see cref="RoleNames.Describe"/> writes them.</param>
/// <param name="NodeId">The node read.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Fields">The personal fields read, by their API names.</param>
/// <param name="Action">read, export or erase.</param>
/// <param name="Operation">The GraphQL operation's name, when it has one.</param>
/// <param name="RequestId">The request's id.</param>
public sealed record AuditEntry(long Id, DateTimeOffset At, string Subject, string Roles, long NodeId, NodeKind Kind, IReadOnlyList<string> Fields,
    string Action, string? Operation, string RequestId)
{
    /// <summary>A read of personal data.</summary>
    public const string Read = "read";

    /// <summary>An elder's record exported on request.</summary>
    public const string Export = "export";

    /// <summary>An elder's personal data erased on request.</summary>
    public const string Erase = "erase";
}
