using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Changes;

// A venue is never booked twice for one hour: each booking the set writes, each activity it schedules or hosts at a
// venue, is checked against the venue's other confirmed bookings and hosted activities as the set would leave them.
internal sealed partial class ChangeSetValidator
{
    private void CheckBookingUpdate(int op, Booking before, Booking after)
    {
        if (before.Status == BookingStatus.Cancelled && after != before with { Version = after.Version, UpdatedAt = after.UpdatedAt, Name = after.Name, Description = after.Description })
            Error(op, "status", "a cancelled booking stays cancelled: book again");
    }

    // The bookings this set writes, by venue: read once, as a set may write thousands of activities (a seed, an import).
    private Dictionary<long, List<Booking>>? _bookingsWritten;

    private void CheckBookings()
    {
        var activities = new Dictionary<long, int>();
        _bookingsWritten = [];
        foreach (var node in _nodes.Values)
        {
            if (node is not Booking b) continue;
            if (!_bookingsWritten.TryGetValue(b.VenueId, out var list)) _bookingsWritten[b.VenueId] = list = [];
            list.Add(b);
        }
        foreach (var (id, node) in _nodes)
        {
            var op = _opOfNode[id];
            if (node is Booking { Holds: true } booking) CheckBooking(op, booking);
            else if (node is Activity) activities.TryAdd(id, op);
        }
        foreach (var (link, op) in _addedLinks.Values)
        {
            if (link.Type == LinkType.HostedAt) activities.TryAdd(link.FromId, op);
        }
        foreach (var (id, op) in activities)
        {
            if (NodeOf(id) is not Activity activity) continue;
            foreach (var venue in EffectiveEdges(id, Direction.Out, LinkType.HostedAt).Select(e => e.Other))
            {
                foreach (var other in BookingsOf(venue))
                {
                    if (other.ActivityId != id && Booking.Clash(activity.Schedule, other.Window))
                        Error(op, "schedule", "{0} is booked by {1} for {2}", ChangeErrorCodes.BookingConflict, Ref(venue), Ref(other.Id), Describe(other.Window));
                }
            }
        }
    }

    private void CheckBooking(int op, Booking b)
    {
        if (NodeOf(b.VenueId) is not Resource venue) return;
        if (venue.ResourceKind != ResourceKind.Venue) { Error(op, "venueId", "{0} is a {1}, not a venue", ChangeErrorCodes.BadUserInput, Ref(venue.Id), venue.ResourceKind); return; }
        if (!venue.OpeningHours.IsEmpty && b.Window.Weekly.Intersect(venue.OpeningHours) != b.Window.Weekly)
            Error(op, "window", "{0} opens {1}; {2} lies outside", ChangeErrorCodes.BadUserInput, Ref(venue.Id), venue.OpeningHours.ToString(), b.Window.Weekly.ToString());
        if (b.Participants > venue.Capacity) Error(op, "participants", "{0} holds {1} people, not {2}", ChangeErrorCodes.BadUserInput, Ref(venue.Id), venue.Capacity!.Value, b.Participants.Value);
        foreach (var other in BookingsOf(venue.Id))
        {
            if (other.Id != b.Id && Booking.Clash(b.Window, other.Window))
                Error(op, "window", "{0} is booked by {1} for {2}", ChangeErrorCodes.BookingConflict, Ref(venue.Id), Ref(other.Id), Describe(other.Window));
        }
        foreach (var hosted in EffectiveEdges(venue.Id, Direction.In, LinkType.HostedAt).Select(e => e.Other))
        {
            if (hosted != b.ActivityId && NodeOf(hosted) is Activity activity && Booking.Clash(b.Window, activity.Schedule))
                Error(op, "window", "{0} hosts {1} then ({2})", ChangeErrorCodes.BookingConflict, Ref(venue.Id), Ref(hosted), Describe(activity.Schedule));
        }
    }

    // The venue's confirmed bookings as the set would leave them: the snapshot's, less those the set changes, and the set's.
    private IEnumerable<Booking> BookingsOf(long venueId)
    {
        var seen = new HashSet<long>();
        foreach (var b in _bookingsWritten?.GetValueOrDefault(venueId) ?? [])
        {
            if (b.Holds && seen.Add(b.Id)) yield return b;
        }
        if (venueId <= 0) yield break;
        foreach (var id in _s.ReferencedBy(venueId))
        {
            if (_nodes.ContainsKey(id) || !seen.Add(id)) continue;
            if (_s.Node(id) is Booking { Holds: true } b && b.VenueId == venueId) yield return b;
        }
    }

    private static string Describe(TimeWindow w) =>
        (w.From == w.To ? $"{w.From:yyyy-MM-dd}" : $"{w.From:yyyy-MM-dd} to {w.To:yyyy-MM-dd}") + (w.Weekly.IsEmpty ? "" : $", {w.Weekly}");
}
