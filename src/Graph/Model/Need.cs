namespace ResourceHub.Graph.Model;

/// <summary>A need (需求) of an elder, a group or a community; who has it is the source of its <see cref="LinkType.HasNeed"/> link.</summary>
public sealed record Need : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Need;

    /// <summary>What is asked, as service taxonomy codes; at least one.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Who it is for, as situation taxonomy codes.</summary>
    public IReadOnlyList<string> Situations { get; init; } = [];

    /// <summary>How it is to be met.</summary>
    public NeedMode Mode { get; init; }

    /// <summary>When help is wanted.</summary>
    public TimeWindow Window { get; init; } = new();

    /// <summary>Where the need stands.</summary>
    public NeedStatus Status { get; init; }

    /// <summary>How many helpers are wanted (1 means one at a time).</summary>
    public int HelpersWanted { get; init; } = 1;

    /// <summary>How many people take part, for venue needs.</summary>
    public int? Participants { get; init; }
}
