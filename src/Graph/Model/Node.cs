using System.Text.Json.Serialization;

namespace ResourceHub.Graph.Model;

/// <summary>
/// A node of the network. Identity, version, name and timestamps are kept in their own columns;
/// the rest of a node's properties are stored as JSON.
/// </summary>
public abstract record Node
{
    /// <summary>The node's id, unique across all kinds; assigned by the write path.</summary>
    [JsonIgnore]
    public long Id { get; init; }

    /// <summary>Incremented by every committed update; an update must name the version it read.</summary>
    [JsonIgnore]
    public int Version { get; init; }

    /// <summary>Display name, 1 to 200 characters. For an elder this is personal data.</summary>
    [JsonIgnore]
    public string Name { get; init; } = "";

    /// <summary>When the node was created.</summary>
    [JsonIgnore]
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the node was last changed.</summary>
    [JsonIgnore]
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The node's kind.</summary>
    [JsonIgnore]
    public abstract NodeKind Kind { get; }

    /// <summary>Free text describing the node.</summary>
    public string? Description { get; init; }

    /// <summary>Where the node is, if known.</summary>
    public GeoPoint? Point { get; init; }

    /// <summary>True for illustrative demo data: no real person or organization record.</summary>
    public bool IsDemo { get; init; }
}
