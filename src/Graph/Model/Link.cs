namespace ResourceHub.Graph.Model;

/// <summary>A typed link between two nodes, with optional properties.</summary>
public sealed record Link
{
    /// <summary>The link's id; assigned by the write path.</summary>
    public long Id { get; init; }

    /// <summary>The link's type.</summary>
    public LinkType Type { get; init; }

    /// <summary>The source node.</summary>
    public long FromId { get; init; }

    /// <summary>The target node.</summary>
    public long ToId { get; init; }

    /// <summary>Since when the link holds.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>Until when the link holds.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>Strength of the link, 0 to 1, where it matters (e.g. how close a partnership is).</summary>
    public double? Weight { get; init; }

    /// <summary>A short note (the role in a project, the subject of training …).</summary>
    public string? Note { get; init; }

    /// <summary>Incremented by every committed update of the link's properties.</summary>
    public int Version { get; init; }
}
