namespace ResourceHub.Graph.Model;

/// <summary>A typed link between two nodes, with optional properties.</summary>
public sealed record Link
{
    // The optional properties, which most links do not have, are held apart: a link without them takes 56 bytes, not 88
    // (five million links at 1M nodes).
    private Details? _details;

    /// <summary>The link's id; assigned by the write path.</summary>
    public long Id { get; init; }

    /// <summary>The link's type.</summary>
    public LinkType Type { get; init; }

    /// <summary>The source node.</summary>
    public long FromId { get; init; }

    /// <summary>The target node.</summary>
    public long ToId { get; init; }

    /// <summary>Since when the link holds.</summary>
    public DateOnly? Since { get => _details?.Since; init => _details = Details.Held((_details ?? Details.None) with { Since = value }); }

    /// <summary>Until when the link holds.</summary>
    public DateOnly? Until { get => _details?.Until; init => _details = Details.Held((_details ?? Details.None) with { Until = value }); }

    /// <summary>Strength of the link, 0 to 1, where it matters (e.g. how close a partnership is).</summary>
    public double? Weight { get => _details?.Weight; init => _details = Details.Held((_details ?? Details.None) with { Weight = value }); }

    /// <summary>A short note (the role in a project, the subject of training …).</summary>
    public string? Note { get => _details?.Note; init => _details = Details.Held((_details ?? Details.None) with { Note = value }); }

    /// <summary>Incremented by every committed update of the link's properties.</summary>
    public int Version { get; init; }

    private sealed record Details(DateOnly? Since, DateOnly? Until, double? Weight, string? Note)
    {
        public static Details None { get; } = new(null, null, null, null);

        // None at all is held as no details.
        public static Details? Held(Details next) => next == None ? null : next;
    }
}
