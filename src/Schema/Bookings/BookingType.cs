using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Common;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Bookings;

/// <summary>A booking of a venue.</summary>
public sealed class BookingType : NodeType<Booking>
{
    /// <summary>Declares the fields.</summary>
    public BookingType() : base("Booking", "A booking of a venue for a time window (场地预订): one day, or every week between two days.", located: false)
    {
        Field<NonNullGraphType<NodeInterface>>("venue").Description("The venue (场地).").Resolve(c => c.Snapshot().Node(c.Source.VenueId));
        Field<NodeInterface>("bookedBy").Description("Who booked it (预订方).").Resolve(c => c.Snapshot().Node(c.Source.BookedById));
        Field<NodeInterface>("activity").Description("The activity it is for (活动).").Resolve(c => c.Source.ActivityId is { } id ? c.Snapshot().Node(id) : null);
        Field<NonNullGraphType<TimeWindowType>>("window").Description("When (时间).").Resolve(c => c.Source.Window);
        Field<NonNullGraphType<BooleanGraphType>>("weekly").Description("True when it recurs every week between its first and last day; false for one day (每周重复).").Resolve(c => c.Source.Window.From != c.Source.Window.To);
        Field<IntGraphType>("participants").Description("How many people come (人数).").Resolve(c => c.Source.Participants);
        Field<NonNullGraphType<DescribedEnumType<BookingStatus>>>("status").Description("CONFIRMED holds the slot; CANCELLED frees it (状态).").Resolve(c => c.Source.Status);
        Field<StringGraphType>("cancelReason").Description("Why it was cancelled (取消原因).").Resolve(c => c.Source.CancelReason);
    }
}

/// <summary>The input of cancelling a booking.</summary>
public sealed class CancelBookingInputType : InputObjectGraphType
{
    /// <summary>Declares the fields.</summary>
    public CancelBookingInputType()
    {
        Name = "CancelBookingInput";
        Description = "A booking, the version read and why it is cancelled (取消预订).";
        Mutations.VersionedInputFields.AddIdAndVersion(this, "Global id of the booking (预订).");
        Field<StringGraphType>("reason").Description("Why, at most 200 characters (原因).");
    }

    /// <inheritdoc />
    public override object ParseDictionary(IDictionary<string, object?> value) => Mutations.VersionedChangeInput.Read(value);
}
