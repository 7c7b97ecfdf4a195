namespace ResourceHub.Graph.Model;

/// <summary>A government-purchased service project (政府购买服务项目). The purchaser <see cref="LinkType.Contracts"/> it; the provider delivers it (<see cref="LinkType.DeliveredBy"/>).</summary>
public sealed record Project : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Project;

    /// <summary>What the project delivers, as service taxonomy codes.</summary>
    public IReadOnlyList<string> Services { get; init; } = [];

    /// <summary>Contract period.</summary>
    public TimeWindow Period { get; init; } = new();

    /// <summary>Budget in CNY.</summary>
    public decimal? Budget { get; init; }

    /// <summary>Deliverables named in the contract.</summary>
    public IReadOnlyList<string> Deliverables { get; init; } = [];
}
