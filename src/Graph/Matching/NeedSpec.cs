using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Matching;

/// <summary>What is asked, where and when: a stored need or an ad-hoc description of one.</summary>
public sealed record NeedSpec
{
    /// <summary>The stored need this describes, if any (its declined helpers are excluded, its links are sources of the search).</summary>
    public long? NeedId { get; init; }

    /// <summary>Service codes asked; at least one.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Situation codes of whom it is for.</summary>
    public IReadOnlyList<string> Situations { get; init; } = [];

    /// <summary>How it is to be met.</summary>
    public NeedMode Mode { get; init; } = NeedMode.Venue;

    /// <summary>Hours of the week wanted, on the days the need's dates hold (<see cref="TimeWindow.HoursWithin"/>); empty means any hour.</summary>
    public WeeklySchedule Weekly { get; init; }

    /// <summary>The days of the week its dates hold, when they hold less than a week (<see cref="TimeWindow.DaysWithin"/>); empty means every day.</summary>
    public WeeklySchedule Days { get; init; }

    /// <summary>The area where it is needed (a community, usually).</summary>
    public long? AreaId { get; init; }

    /// <summary>Where it is needed, when more precise than the area's point.</summary>
    public GeoPoint? Point { get; init; }

    /// <summary>How many people take part (venues must hold them).</summary>
    public int? Participants { get; init; }

    /// <summary>
    /// The spec of a stored need: its categories, situations, mode, area (the owner's when it has none), and the hours
    /// of its window that fall within its dates — a need for one Saturday is not met by someone free only on Sundays.
    /// </summary>
    public static NeedSpec Of(Index.NetworkSnapshot snapshot, Need need)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(need);
        var area = Query.NodeFacets.NeedArea(snapshot, need.Id);
        return new NeedSpec
        {
            NeedId = need.Id,
            Categories = need.Categories,
            Situations = need.Situations,
            Mode = need.Mode,
            Weekly = need.Window.HoursWithin(),
            Days = need.Window.DaysWithin(),
            AreaId = area?.Id,
            Point = need.Point,
            Participants = need.Participants,
        };
    }
}
