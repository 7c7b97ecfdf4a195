namespace ResourceHub.Graph.Model;

/// <summary>A volunteer (志愿者), identified by the national volunteer number, never by an ID-card number.</summary>
public sealed record Volunteer : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Volunteer;

    /// <summary>National volunteer number (志愿者统一编号): letters and digits, 6 to 32 characters.</summary>
    public string VolunteerNumber { get; init; } = "";

    /// <summary>Who the volunteer is.</summary>
    public VolunteerCategory Category { get; init; }

    /// <summary>Skills, as service taxonomy codes.</summary>
    public IReadOnlyList<string> Skills { get; init; } = [];

    /// <summary>Situations the volunteer is prepared to serve; empty means everyone.</summary>
    public IReadOnlyList<string> Situations { get; init; } = [];

    /// <summary>Weekly availability.</summary>
    public WeeklySchedule Availability { get; init; }

    /// <summary>How far the volunteer will travel for in-person help, 0 to 100 km.</summary>
    public double MaxTravelKm { get; init; }

    /// <summary>How many needs the volunteer can take on at once; null means no set limit.</summary>
    public int? Capacity { get; init; }
}
