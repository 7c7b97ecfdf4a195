namespace ResourceHub.Graph.Model;

/// <summary>Where a booking stands.</summary>
public enum BookingStatus
{
    /// <summary>The slot is held (已预订).</summary>
    Confirmed = 1,
    /// <summary>Cancelled: the slot is free again (已取消).</summary>
    Cancelled = 2,
}

/// <summary>
/// A booking (场地预订) of a venue for a time window: one day (from = to) or every week between two days, at the weekly
/// hours given, which fall within the venue's opening hours. No two confirmed bookings of a venue share an hour, nor a
/// booking and an activity hosted there (other than the one it is for).
/// </summary>
public sealed record Booking : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Booking;

    /// <summary>The venue booked.</summary>
    public long VenueId { get; init; }

    /// <summary>Who booked it: an organization, a social worker or an area (a community's committee).</summary>
    public long BookedById { get; init; }

    /// <summary>The activity it is for, if any: that activity's own hours at the venue are no conflict.</summary>
    public long? ActivityId { get; init; }

    /// <summary>When: the first and last day, and the hours of the week on those days.</summary>
    public TimeWindow Window { get; init; } = new();

    /// <summary>How many people come; at most the venue's seats.</summary>
    public int? Participants { get; init; }

    /// <summary>Where it stands.</summary>
    public BookingStatus Status { get; init; } = BookingStatus.Confirmed;

    /// <summary>Why it was cancelled, once it is.</summary>
    public string? CancelReason { get; init; }

    /// <summary>True while it holds its slot.</summary>
    public bool Holds => Status == BookingStatus.Confirmed;

    /// <summary>True when two windows share an hour on a day both hold: their dates meet, and on the days they share the weekly hours meet.</summary>
    public static bool Clash(TimeWindow a, TimeWindow b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        DateOnly? from = a.From is null ? b.From : b.From is null ? a.From : a.From > b.From ? a.From : b.From;
        DateOnly? to = a.To is null ? b.To : b.To is null ? a.To : a.To < b.To ? a.To : b.To;
        if (from > to) return false;
        var shared = new TimeWindow { From = from, To = to, Weekly = a.Weekly.IsEmpty ? WeeklySchedule.Always : a.Weekly };
        var days = shared.HoursWithin();
        var other = b.Weekly.IsEmpty ? WeeklySchedule.Always : b.Weekly;
        return days.Overlaps(other);
    }

    /// <summary>The nodes this booking names.</summary>
    public IEnumerable<NodeReference> GetReferences()
    {
        yield return new(nameof(VenueId), VenueId, [NodeKind.Resource]);
        yield return new(nameof(BookedById), BookedById, [NodeKind.Organization, NodeKind.SocialWorker, NodeKind.Area]);
        if (ActivityId is { } activity) yield return new(nameof(ActivityId), activity, [NodeKind.Activity]);
    }
}
