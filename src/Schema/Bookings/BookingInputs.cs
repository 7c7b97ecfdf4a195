using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Common;
using ResourceHub.Schema.Mutations;

namespace ResourceHub.Schema.Bookings;

/// <summary>What a booking of a venue is made with.</summary>
public sealed class BookingInputs : KindInputs
{
    /// <summary>Declares the fields.</summary>
    public BookingInputs() : base(NodeKind.Booking, "场地预订", located: false)
    {
        Add<IdGraphType>("venueId", "Global id of the venue (场地).", required: true, (n, v) => ((Booking)n) with { VenueId = InputValues.NodeId("venueId", v, NodeKind.Resource) });
        Add<IdGraphType>("bookedById", "Global id of who books: an organization, a social worker or an area's committee (预订方).", required: true,
            (n, v) => ((Booking)n) with { BookedById = InputValues.NodeId("bookedById", v, NodeKind.Organization, NodeKind.SocialWorker, NodeKind.Area) });
        Add<IdGraphType>("activityId", "Global id of the activity it is for, if any (活动).", required: false,
            (n, v) => ((Booking)n) with { ActivityId = v is null ? null : InputValues.NodeId("activityId", v, NodeKind.Activity) });
        Add<TimeWindowInputType>("window", "When: from and to (the same day for a one-off booking, or every week between them) and the weekly hours, e.g. {from: \"2026-12-05\", to: \"2026-12-05\", weekly: \"Sat 09-11\"} (时间).",
            required: true, (n, v) => ((Booking)n) with { Window = InputValues.Window("window", v) });
        Add<IntGraphType>("participants", "How many people come; at most the venue's seats (人数).", required: false, (n, v) => ((Booking)n) with { Participants = InputValues.Int(v) });
    }

    /// <inheritdoc />
    public override Node New() => new Booking();
}
