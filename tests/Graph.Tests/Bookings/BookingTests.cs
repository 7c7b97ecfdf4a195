using ResourceHub.Graph.Access;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Matching;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Tests.Persistence;

namespace ResourceHub.Graph.Tests.Bookings;

/// <summary>Venue bookings through the real write path: no two share an hour, within opening hours, cancellation frees the slot.</summary>
public sealed class BookingTests
{
    // 2026-12-05 is a Saturday.
    private static TimeWindow Window(string from, string to, string weekly) =>
        new() { From = DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), To = DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), Weekly = WeeklySchedule.Parse(weekly) };

    [Theory]
    [InlineData("2026-12-05", "2026-12-05", "Sat 09-11", "2026-12-05", "2026-12-05", "Sat 10-12", true)]
    [InlineData("2026-12-05", "2026-12-05", "Sat 09-11", "2026-12-05", "2026-12-05", "Sat 11-13", false)]
    [InlineData("2026-12-05", "2026-12-05", "Sat 09-11", "2026-12-06", "2026-12-06", "Sun 09-11", false)]
    // Every Saturday from December on meets one Saturday in January; a series of Sundays never does.
    [InlineData("2026-12-05", "2027-03-27", "Sat 09-11", "2027-01-09", "2027-01-09", "Sat 08-10", true)]
    [InlineData("2026-12-05", "2027-03-27", "Sat 09-11", "2026-12-06", "2027-03-28", "Sun 09-11", false)]
    // A weekly series that ends before the other starts.
    [InlineData("2026-11-07", "2026-11-28", "Sat 09-11", "2026-12-05", "2026-12-26", "Sat 09-11", false)]
    // Two short windows whose weekly hours meet on a weekday neither holds.
    [InlineData("2026-12-05", "2026-12-06", "Mon 09-11, Sat 09-11", "2026-12-07", "2026-12-07", "Mon 09-11", false)]
    public void Clash_NeedsAnHourOnADayBothHold(string af, string at, string aw, string bf, string bt, string bw, bool clash)
    {
        Assert.Equal(clash, Booking.Clash(Window(af, at, aw), Window(bf, bt, bw)));
        Assert.Equal(clash, Booking.Clash(Window(bf, bt, bw), Window(af, at, aw)));
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Databases), MemberType = typeof(TestStore))]
    public async Task Booking_IsRefusedWhereItMeetsAnother_OrAHostedActivity_OrTheClosedHours_AndCancellingFreesTheSlot(string database)
    {
        await using var t = await TestStore.CreateAsync(database);
        var (venue, station, activity) = await SeedAsync(t);

        var first = await BookAsync(t, venue, station, Window("2026-12-05", "2026-12-05", "Sat 09-11"));
        var overlapping = await BookAsync(t, venue, station, Window("2026-12-05", "2026-12-05", "Sat 10-12"));
        var afterIt = await BookAsync(t, venue, station, Window("2026-12-05", "2026-12-05", "Sat 11-13"));
        var closed = await BookAsync(t, venue, station, Window("2026-12-07", "2026-12-07", "Mon 20-22"));
        var duringClass = await BookAsync(t, venue, station, Window("2026-12-09", "2026-12-09", "Wed 14-15"));
        var forTheClass = await BookAsync(t, venue, station, Window("2026-12-09", "2026-12-09", "Wed 14-15"), activity);
        var tooMany = await BookAsync(t, venue, station, Window("2026-12-12", "2026-12-12", "Sat 09-10"), participants: 81);

        Assert.True(first.Succeeded && afterIt.Succeeded && forTheClass.Succeeded, string.Join("; ", first.Errors.Concat(afterIt.Errors).Concat(forTheClass.Errors)));
        Assert.Equal(ChangeErrorCodes.BookingConflict, Assert.Single(overlapping.Errors).Code);
        Assert.Contains("opens", Assert.Single(closed.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(ChangeErrorCodes.BookingConflict, Assert.Single(duringClass.Errors).Code);
        Assert.Equal("participants", Assert.Single(tooMany.Errors).Field);

        // Cancelled, the first booking's hours are free again; a cancelled booking stays cancelled.
        var booking = t.Index.Current.Node<Booking>(first.IdOf(-1))!;
        var cancelled = await t.Writer.CommitAsync(new ChangeSet().Update(booking with { Status = BookingStatus.Cancelled, CancelReason = "活动改期" }), "test");
        Assert.True(cancelled.Succeeded, string.Join("; ", cancelled.Errors));
        Assert.True((await BookAsync(t, venue, station, Window("2026-12-05", "2026-12-05", "Sat 09-11"))).Succeeded);
        var revived = await t.Writer.CommitAsync(new ChangeSet().Update(t.Index.Current.Node<Booking>(booking.Id)! with { Status = BookingStatus.Confirmed, CancelReason = null }), "test");
        Assert.Equal("status", Assert.Single(revived.Errors).Field);
        SnapshotDump.AssertSame(await t.Store.LoadAsync(), t.Index.Current);
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Databases), MemberType = typeof(TestStore))]
    public async Task Activity_ScheduledIntoABookedHour_IsRefused(string database)
    {
        await using var t = await TestStore.CreateAsync(database);
        var (venue, station, activity) = await SeedAsync(t);
        Assert.True((await BookAsync(t, venue, station, Window("2026-12-01", "2026-12-31", "Tue 09-11"))).Succeeded);
        var current = t.Index.Current.Node<Activity>(activity)!;

        var moved = await t.Writer.CommitAsync(new ChangeSet().Update(current with { Schedule = current.Schedule with { Weekly = WeeklySchedule.Parse("Tue 10-12") } }), "test");

        Assert.Equal(ChangeErrorCodes.BookingConflict, Assert.Single(moved.Errors).Code);
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Databases), MemberType = typeof(TestStore))]
    public async Task SixteenRequestsForOneSlotAtOnce_ExactlyOneBooks_AndNothingHalfWritten(string database)
    {
        await using var t = await TestStore.CreateAsync(database);
        var (venue, station, _) = await SeedAsync(t);
        using var start = new ManualResetEventSlim();
        var caller = new Caller { Subject = "org", Roles = Roles.OrgAdmin, NodeId = station };

        var attempts = Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            var set = new ChangeSet();
            set.Create(new Booking { Name = $"预订{i}", VenueId = venue, BookedById = station, Window = Window("2026-12-05", "2026-12-05", i % 2 == 0 ? "Sat 09-11" : "Sat 10-12") });
            start.Wait();
            return await t.Writer.CommitAsync(set, caller, idempotencyKey: null);
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(attempts);

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(ChangeErrorCodes.BookingConflict, Assert.Single(r.Errors).Code));
        Assert.Single(t.Index.Current.Nodes<Booking>());
        SnapshotDump.AssertSame(await t.Store.LoadAsync(), t.Index.Current);
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Databases), MemberType = typeof(TestStore))]
    public async Task FindVenues_LeavesOutAVenueBookedInTheWindow_AndFindsItOnceCancelled(string database)
    {
        await using var t = await TestStore.CreateAsync(database);
        var (venue, station, _) = await SeedAsync(t);
        var query = new VenueQuery { Point = new GeoPoint(28.361, 112.821), Window = Window("2026-12-05", "2026-12-05", "Sat 10-11") };
        Assert.Contains(VenueFinder.Find(t.Index.Current, query), m => m.Venue.Id == venue);

        var booked = await BookAsync(t, venue, station, Window("2026-12-05", "2026-12-05", "Sat 09-11"));
        Assert.DoesNotContain(VenueFinder.Find(t.Index.Current, query), m => m.Venue.Id == venue);
        Assert.Contains(VenueFinder.Find(t.Index.Current, query with { Window = Window("2026-12-12", "2026-12-12", "Sat 10-11") }), m => m.Venue.Id == venue);

        var booking = t.Index.Current.Node<Booking>(booked.IdOf(-1))!;
        await t.Writer.CommitAsync(new ChangeSet().Update(booking with { Status = BookingStatus.Cancelled, CancelReason = "改期" }), "test");
        Assert.Contains(VenueFinder.Find(t.Index.Current, query), m => m.Venue.Id == venue);
    }

    private static async Task<CommitResult> BookAsync(TestStore t, long venue, long by, TimeWindow window, long? activity = null, int? participants = null)
    {
        var set = new ChangeSet();
        set.Create(new Booking { Name = "预订", VenueId = venue, BookedById = by, Window = window, ActivityId = activity, Participants = participants });
        return await t.Writer.CommitAsync(set, "test");
    }

    // A hall of 80 seats in 金峰社区 open every day 08-18, owned by the station, hosting a Wednesday class.
    private static async Task<(long Venue, long Station, long Activity)> SeedAsync(TestStore t)
    {
        await t.Writer.CommitAsync(MiniNetwork.Create(), "seed");
        var s = t.Index.Current;
        var station = s.Nodes<Organization>().Single(o => o.OrganizationKind == OrganizationKind.SocialWorkStation).Id;
        var community = s.AreaByCode("430112001001")!.Id;
        var set = new ChangeSet();
        var hall = set.Create(new Resource
        {
            Name = "活动室", ResourceKind = ResourceKind.Venue, Capacity = 80, Services = ["venue.hall"], OpeningHours = WeeklySchedule.Parse("Mon-Sun 08-18"),
            Point = new GeoPoint(28.36, 112.82),
        });
        set.Link(LinkType.LocatedIn, hall, community);
        set.Link(LinkType.Owns, station, hall);
        var course = set.Create(new Activity { Name = "智慧助老课堂", Services = ["education.smart-devices"], Schedule = Window("2026-09-01", "2027-01-31", "Wed 14-16") });
        set.Link(LinkType.HostedAt, course, hall);
        set.Link(LinkType.OrganizedBy, course, station);
        var seeded = await t.Writer.CommitAsync(set, "seed");
        Assert.True(seeded.Succeeded, string.Join("; ", seeded.Errors));
        return (seeded.IdOf(hall), station, seeded.IdOf(course));
    }
}
