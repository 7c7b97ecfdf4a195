namespace ResourceHub.Graph.Persistence;

/// <summary>A row of the append-only audit log; the database refuses to change or delete one.</summary>
public sealed class AuditRow
{
    /// <summary>Its place in the log.</summary>
    public long Id { get; set; }

    /// <summary>When, Unix milliseconds.</summary>
    public long At { get; set; }

    /// <summary>Who.</summary>
    public string Subject { get; set; } = "";

    /// <summary>The caller's roles.</summary>
    public string Roles { get; set; } = "";

    /// <summary>The node.</summary>
    public long NodeId { get; set; }

    /// <summary>The node's kind.</summary>
    public int Kind { get; set; }

    /// <summary>The fields, comma-separated.</summary>
    public string Fields { get; set; } = "";

    /// <summary>read, export or erase.</summary>
    public string Action { get; set; } = "";

    /// <summary>The operation's name.</summary>
    public string? Operation { get; set; }

    /// <summary>The request's id.</summary>
    public string RequestId { get; set; } = "";
}
