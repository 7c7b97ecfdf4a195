namespace ResourceHub.Graph.Persistence;

/// <summary>A node as stored: identity, kind, version and name in columns, the rest as JSON.</summary>
public sealed class NodeRow
{
    /// <summary>Node id.</summary>
    public long Id { get; set; }

    /// <summary><see cref="Model.NodeKind"/> as a number.</summary>
    public int Kind { get; set; }

    /// <summary>Version, incremented by each update.</summary>
    public int Version { get; set; }

    /// <summary>Name.</summary>
    public string Name { get; set; } = "";

    /// <summary>The kind's other properties as JSON.</summary>
    public string Data { get; set; } = "{}";

    /// <summary>Created, Unix milliseconds.</summary>
    public long CreatedAt { get; set; }

    /// <summary>Last changed, Unix milliseconds.</summary>
    public long UpdatedAt { get; set; }
}
