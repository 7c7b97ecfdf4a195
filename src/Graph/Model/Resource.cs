namespace ResourceHub.Graph.Model;

/// <summary>A resource (资源): venue, equipment, funding, material, cultural content or information. Its owner is the source of an <see cref="LinkType.Owns"/> link.</summary>
public sealed record Resource : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Resource;

    /// <summary>What kind of resource it is.</summary>
    public ResourceKind ResourceKind { get; init; }

    /// <summary>What it can be used for, as service taxonomy codes (venue.hall, culture.performance …).</summary>
    public IReadOnlyList<string> Services { get; init; } = [];

    /// <summary>For a venue: how many people it holds.</summary>
    public int? Capacity { get; init; }

    /// <summary>For a venue: equipment on site (projector, piano, sound system …).</summary>
    public IReadOnlyList<string> Equipment { get; init; } = [];

    /// <summary>For a venue: step-free access and an accessible toilet (无障碍).</summary>
    public bool Accessible { get; init; }

    /// <summary>For a venue: opening hours.</summary>
    public WeeklySchedule OpeningHours { get; init; }

    /// <summary>For funding, material or equipment: how much there is.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>The unit of <see cref="Quantity"/> (CNY, pieces, sets …).</summary>
    public string? Unit { get; init; }
}
