using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Tests.Bookings;

/// <summary>Booking a venue through the API: the owner's admin books and cancels; findVenues and the venue's calendar follow.</summary>
public sealed class BookingApiTests
{
    private const string Book = "mutation($input: CreateBookingInput!) { bookVenue(input: $input) { booking { id version status weekly window { from to weekly } } userErrors { field code message } } }";

    [Fact]
    public async Task Owner_BooksAWeeklySlot_OthersFindTheVenueTakenThen_AndCancellingFreesIt()
    {
        await using var hub = await DemoHub.CreateAsync();
        var s = hub.Snapshot;
        var venue = s.Nodes<Resource>().Where(r => r.ResourceKind == ResourceKind.Venue && r.OpeningHours.Contains(5, 9) && r.OpeningHours.Contains(5, 10)
            && s.Edges(r.Id, Direction.In, LinkType.Owns).Count > 0 && s.Edges(r.Id, Direction.In, LinkType.HostedAt).Count == 0 && NodeFacets.Position(s, r) is not null
            && !s.ReferencedBy(r.Id).Any(b => s.Node(b) is Booking)).MinBy(r => r.Id)!;
        var owner = s.Edges(venue.Id, Direction.In, LinkType.Owns)[0].OtherId;
        var admin = owner is { } o && s.Node(o) is Organization ? Callers.OrgAdmin(o) : Callers.Admin;
        var point = NodeFacets.Position(s, venue)!.Value;
        var input = new
        {
            name = "每周六合唱排练", venueId = GlobalId.Encode(venue), bookedById = GlobalId.Encode(s.Node(owner)!),
            window = new { from = "2026-12-05", to = "2027-02-27", weekly = "Sat 09-11" }, participants = 1,
        };
        const string Find = "query($p: GeoPointInput!, $w: TimeWindowInput) { findVenues(near: {point: $p}, window: $w, maxKm: 1, first: 100) { venue { id } } }";
        var saturday = new { p = new { lat = point.Lat, lon = point.Lon }, w = new { from = "2027-01-09", to = "2027-01-09", weekly = "Sat 10-11" } };

        var booked = await hub.RunJsonAsync(Book, new { input }, admin);
        var again = await hub.RunJsonAsync(Book, new { input = input with { name = "另一场" } }, Callers.Admin);
        var byVolunteer = await hub.RunJsonAsync(Book, new { input = input with { window = new { from = "2027-03-06", to = "2027-03-06", weekly = "Sat 09-10" } } },
            Callers.Volunteer(s.Nodes<Volunteer>().First().Id));
        var found = await hub.RunJsonAsync(Find, saturday);
        var calendar = await hub.RunJsonAsync("query($id: ID!) { node(id: $id) { ... on Resource { bookings(from: \"2027-01-01\", to: \"2027-01-31\") { id } } } }", new { id = GlobalId.Encode(venue) });

        Assert.Empty(booked.Items("data.bookVenue.userErrors"));
        Assert.True(booked.At("data.bookVenue.booking.weekly").GetBoolean());
        Assert.Equal([("window", "BOOKING_CONFLICT")], again.At("data.bookVenue").UserErrors());
        Assert.Equal("FORBIDDEN", byVolunteer.ErrorCode());
        Assert.DoesNotContain(found.Items("data.findVenues"), v => v.Text("venue.id") == GlobalId.Encode(venue));
        Assert.Equal([booked.Text("data.bookVenue.booking.id")], calendar.Items("data.node.bookings").Select(b => b.Text("id")));

        var cancelled = await hub.RunJsonAsync("mutation($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { status cancelReason } userErrors { code } } }",
            new { input = new { id = booked.Text("data.bookVenue.booking.id"), version = 1, reason = "合唱团寒假休息" } }, admin);
        Assert.Equal(("CANCELLED", "合唱团寒假休息"), (cancelled.Text("data.cancelBooking.booking.status"), cancelled.Text("data.cancelBooking.booking.cancelReason")));
        Assert.Contains((await hub.RunJsonAsync(Find, saturday)).Items("data.findVenues"), v => v.Text("venue.id") == GlobalId.Encode(venue));
        Assert.Empty((await hub.RunJsonAsync(Book, new { input = input with { name = "另一场" } }, Callers.Admin)).Items("data.bookVenue.userErrors"));
    }
}
