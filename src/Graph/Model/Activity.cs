namespace ResourceHub.Graph.Model;

/// <summary>An activity (活动): a weekly class, a performance, a visit round. Venue, organizer and deliverers are links.</summary>
public sealed record Activity : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Activity;

    /// <summary>What the activity offers, as service taxonomy codes.</summary>
    public IReadOnlyList<string> Services { get; init; } = [];

    /// <summary>When it takes place.</summary>
    public TimeWindow Schedule { get; init; } = new();

    /// <summary>How many participants are expected.</summary>
    public int? Participants { get; init; }
}
