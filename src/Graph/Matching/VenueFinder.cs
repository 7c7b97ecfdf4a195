using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;

namespace ResourceHub.Graph.Matching;

/// <summary>
/// Venues near an area or a point that hold the people, have the equipment and access asked for, are open in
/// the window and not booked then (a confirmed booking, or an activity hosted there, with an hour of it), nearest first.
/// </summary>
public static class VenueFinder
{
    /// <summary>The venues that fit, nearest first; ties by id.</summary>
    public static IReadOnlyList<VenueMatch> Find(NetworkSnapshot snapshot, VenueQuery query)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(query);
        foreach (var (argument, problem) in query.Check()) throw new ArgumentOutOfRangeException(nameof(query), $"{argument} {problem}");
        var area = query.AreaId is { } a ? snapshot.Node(a) as Area : null;
        var centre = query.Point ?? area?.Point ?? throw new ArgumentException("give an area with a point, or a point", nameof(query));
        var found = new List<VenueMatch>();
        SpatialGrid.Of(snapshot).Near(centre, query.MaxKm, id =>
        {
            if (snapshot.Node(id) is not Resource { ResourceKind: ResourceKind.Venue } venue) return;
            if (NodeFacets.Position(snapshot, venue) is not { } p) return;
            var km = Math.Round(p.DistanceKm(centre), 6);
            if (km > query.MaxKm || !Fits(snapshot, venue, query)) return;
            var owner = snapshot.Edges(venue.Id, Direction.In, LinkType.Owns) is { Count: > 0 } owners ? snapshot.Node(owners[0].OtherId) : null;
            found.Add(new VenueMatch(venue, km, owner, Path(snapshot, area, venue, owner)));
        });
        return found.OrderBy(v => v.DistanceKm).ThenBy(v => v.Venue.Id).Take(query.First).ToList();
    }

    /// <summary>True when the venue holds the people, has the equipment and access, is open in the window and not booked then.</summary>
    public static bool Fits(NetworkSnapshot snapshot, Resource venue, VenueQuery query)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(venue);
        ArgumentNullException.ThrowIfNull(query);
        if (query.Capacity is { } seats && (venue.Capacity ?? 0) < seats) return false;
        if (query.Accessible && !venue.Accessible) return false;
        if (query.Equipment.Any(item => !venue.Equipment.Any(e => e.Contains(item, StringComparison.OrdinalIgnoreCase)))) return false;
        if (query.Window is not { } window) return true;
        if (!window.Weekly.IsEmpty && !venue.OpeningHours.IsEmpty && !venue.OpeningHours.Overlaps(window.Weekly)) return false;
        foreach (var e in snapshot.Edges(venue.Id, Direction.In, LinkType.HostedAt))
        {
            if (snapshot.Node(e.OtherId) is Activity activity && Overlaps(activity.Schedule, window)) return false;
        }
        foreach (var id in snapshot.ReferencedBy(venue.Id))
        {
            if (snapshot.Node(id) is Booking { Holds: true } booking && booking.VenueId == venue.Id && Booking.Clash(booking.Window, window)) return false;
        }
        return true;
    }

    /// <summary>True when two windows share a day and (where both state hours) an hour of the week.</summary>
    public static bool Overlaps(TimeWindow a, TimeWindow b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var datesMeet = (a.From is null || b.To is null || a.From <= b.To) && (b.From is null || a.To is null || b.From <= a.To);
        var hoursMeet = a.Weekly.IsEmpty || b.Weekly.IsEmpty || a.Weekly.Overlaps(b.Weekly);
        return datesMeet && hoursMeet;
    }

    private static List<PathStep> Path(NetworkSnapshot snapshot, Area? from, Resource venue, Node? owner)
    {
        var steps = new List<PathStep>();
        var home = NodeFacets.HomeArea(snapshot, venue.Id);
        if (from is not null) steps.Add(new PathStep(from.Id, null, null));
        if (home is not null && home.Id != from?.Id) steps.Add(new PathStep(home.Id, null, null));
        steps.Add(new PathStep(venue.Id, home is null ? null : LinkType.LocatedIn, home is null ? null : Direction.In));
        if (owner is not null) steps.Add(new PathStep(owner.Id, LinkType.Owns, Direction.In));
        return steps;
    }
}
