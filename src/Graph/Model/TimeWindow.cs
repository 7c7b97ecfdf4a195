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

    /// <summary>
    /// The days of the week the period holds, as all their hours: empty for an open period or one of a week or more
    /// (every day), else only the weekdays between <see cref="From"/> and <see cref="To"/>.
    /// </summary>
    public WeeklySchedule DaysWithin()
    {
        if (From is not { } from || To is not { } to || to.DayNumber - from.DayNumber >= 6) return WeeklySchedule.None;
        var days = new List<int>();
        for (var d = from; d <= to; d = d.AddDays(1)) days.Add(((int)d.DayOfWeek + 6) % 7);
        return WeeklySchedule.Of(days, 0, 24);
    }

    /// <summary>
    /// The weekly hours that fall on days the period holds (<see cref="DaysWithin"/>): a period of two days keeps only
    /// their hours. Empty when no hours are given (any hour), or when a short period holds none of them.
    /// </summary>
    public WeeklySchedule HoursWithin() => DaysWithin() is { IsEmpty: false } days ? Weekly.Intersect(days) : Weekly;

    /// <summary>True when the period holds at least one of the weekly hours (always, when either is open).</summary>
    public bool HasHours => Weekly.IsEmpty || !HoursWithin().IsEmpty;
}
