namespace ResourceHub.Graph.Persistence;

/// <summary>
/// A committed change made under a client's idempotency key (GraphQL <c>clientMutationId</c>): written in the same
/// transaction as the change, so a repeated key returns the first result and writes nothing twice.
/// </summary>
public sealed class ClientMutationRow
{
    /// <summary>The key: mutation name and the client's id.</summary>
    public string Key { get; set; } = "";

    /// <summary>The change-log sequence of the commit.</summary>
    public long Sequence { get; set; }

    /// <summary>The real ids given to the temporary ids, as JSON.</summary>
    public string Ids { get; set; } = "{}";

    /// <summary>When, Unix milliseconds.</summary>
    public long At { get; set; }
}
