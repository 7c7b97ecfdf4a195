namespace ResourceHub.Graph.Persistence;

/// <summary>A link as stored.</summary>
public sealed class LinkRow
{
    /// <summary>Link id.</summary>
    public long Id { get; set; }

    /// <summary><see cref="Model.LinkType"/> as a number.</summary>
    public int Type { get; set; }

    /// <summary>Source node.</summary>
    public long FromId { get; set; }

    /// <summary>Target node.</summary>
    public long ToId { get; set; }

    /// <summary>Version, incremented by each update.</summary>
    public int Version { get; set; }

    /// <summary>Properties (since, until, weight, note) as JSON, or null when there are none.</summary>
    public string? Data { get; set; }
}
