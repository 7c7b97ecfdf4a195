namespace ResourceHub.Graph.Model;

/// <summary>A period of dates with the weekly hours within it; open ends mean no limit.</summary>
public sealed record TimeWindow
{
    /// <summary>First day, inclusive.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day, inclusive.</summary>
    public DateOnly? To { get; init; }

    /// <summary>The hours of the week within the period; empty means any hour.</summary>
    public WeeklySchedule Weekly { get; init; }
}
