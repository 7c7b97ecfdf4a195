namespace ResourceHub.Graph.Model;

/// <summary>An administrative area (区域). Its parent is the target of its <see cref="LinkType.PartOf"/> link.</summary>
public sealed record Area : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Area;

    /// <summary>National statistical division code: 6 digits for a city or district, 9 for a township, 12 for a community or village.</summary>
    public string Code { get; init; } = "";

    /// <summary>Level in the hierarchy.</summary>
    public AreaLevel Level { get; init; }

    /// <summary>What the area is within its level.</summary>
    public AreaKind AreaKind { get; init; }

    /// <summary>Resident population, if known.</summary>
    public int? Population { get; init; }
}
