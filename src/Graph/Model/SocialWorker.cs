namespace ResourceHub.Graph.Model;

/// <summary>A social worker (社会工作者). Employer and station are links.</summary>
public sealed record SocialWorker : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.SocialWorker;

    /// <summary>Where and how the social worker works.</summary>
    public SocialWorkerRole Role { get; init; }

    /// <summary>National qualification.</summary>
    public QualificationLevel Qualification { get; init; }

    /// <summary>Skills, as service taxonomy codes.</summary>
    public IReadOnlyList<string> Skills { get; init; } = [];

    /// <summary>Situations the social worker specialises in; empty means everyone.</summary>
    public IReadOnlyList<string> Situations { get; init; } = [];

    /// <summary>Weekly working hours.</summary>
    public WeeklySchedule Availability { get; init; }

    /// <summary>How many open referrals the social worker can carry; null means no set limit.</summary>
    public int? Capacity { get; init; }
}
