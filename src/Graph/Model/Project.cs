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

    /// <summary>What the contract promises in numbers, to be held against what was delivered.</summary>
    public ProjectTargets Targets { get; init; } = new();
}

/// <summary>What a government-purchased project promises in numbers (合同指标); each is unset when the contract does not say.</summary>
public sealed record ProjectTargets
{
    /// <summary>Activities to hold (活动场次).</summary>
    public int? Activities { get; init; }

    /// <summary>Hours of service to deliver (服务时长).</summary>
    public decimal? Hours { get; init; }

    /// <summary>Elders to reach (服务老人数).</summary>
    public int? EldersReached { get; init; }

    /// <summary>Referrals to complete with help given (转介成功数).</summary>
    public int? ReferralsCompleted { get; init; }
}
