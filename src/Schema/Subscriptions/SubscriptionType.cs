using GraphQL;
using GraphQL.Types;
using ResourceHub.Graph.Analytics;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;
using ResourceHub.Graph.Taxonomy;
using ResourceHub.Schema.Bookings;
using ResourceHub.Schema.Mutations;
using ResourceHub.Schema.Needs;
using ResourceHub.Schema.Referrals;

namespace ResourceHub.Schema.Subscriptions;

/// <summary>
/// The root subscription (graphql-transport-ws over WebSocket at /graphql): each field names the changes it follows. A
/// subscription runs once per committed change, over the network as that change left it and under the subscriber's
/// access policy then: a node the subscriber may not see at that moment is no event for them, and its personal fields
/// follow the policy of the moment (a withdrawn consent stops them at once).
/// </summary>
public sealed class SubscriptionType : ObjectGraphType
{
    /// <summary>Declares the fields.</summary>
    public SubscriptionType()
    {
        Name = "Subscription";
        Description = "Live updates, one event per committed change that concerns the subscriber and that they may see (实时推送).";
        Field<NonNullGraphType<ReferralType>>("referralChanged")
            .Description("A referral created or moved on: one referral by its id, or every referral of needs in an area (转介变动).")
            .Argument<IdGraphType>("id", "Global id of the referral (转介).")
            .Argument<StringGraphType>("areaCode", "Or the statistical code of an area: referrals of the needs in it (区划代码).")
            .ResolveStream(c =>
            {
                var id = c.GetArgument<string?>("id") is { } raw ? Id(raw, "id", NodeKind.Referral) : (long?)null;
                var area = c.GetArgument<string?>("areaCode") is { } code ? Area(c, code) : (long?)null;
                if ((id is null) == (area is null)) throw Bad("give id or areaCode, one of the two");
                return Events(c, (change, node) => node is Referral r && (r.Id == id || (area is { } a && change.After.IsWithin(NodeFacets.NeedArea(change.After, r.NeedId)?.Id, a))));
            })
            .Resolve(c => c.Source);
        Field<NonNullGraphType<NeedType>>("needPosted")
            .Description("A need posted in an area, for one of the service categories given (or any) (新需求).")
            .Argument<NonNullGraphType<StringGraphType>>("areaCode", "Statistical code of the area (区划代码).")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("categories", "Service codes; a need asking for one of them or something more specific (服务类别).")
            .ResolveStream(c =>
            {
                var area = Area(c, c.GetArgument<string>("areaCode"));
                var categories = c.GetArgument<List<string>?>("categories") ?? [];
                foreach (var code in categories.Where(code => !ServiceTaxonomy.IsKnown(code, TaxonomyFacet.Service))) throw Bad($"categories: '{code}' is not a service code of the taxonomy");
                return Events(c, (change, node) => node is Need n && change.Before.Node(n.Id) is null && change.After.IsWithin(NodeFacets.NeedArea(change.After, n.Id)?.Id, area)
                    && (categories.Count == 0 || n.Categories.Any(asked => categories.Any(wanted => ServiceTaxonomy.Fit(asked, wanted) is CategoryFit.Exact or CategoryFit.Specific))));
            })
            .Resolve(c => c.Source);
        Field<NonNullGraphType<BookingType>>("bookingChanged")
            .Description("A booking of a venue made, changed or cancelled (场地预订变动).")
            .Argument<NonNullGraphType<IdGraphType>>("venueId", "Global id of the venue (场地).")
            .ResolveStream(c =>
            {
                var venue = Id(c.GetArgument<string>("venueId"), "venueId", NodeKind.Resource);
                if (c.Snapshot().Node(venue) is not Resource { ResourceKind: ResourceKind.Venue })
                    throw ResolveFieldContextExtensions.Error(HubErrorCodes.NotFound, "venueId: there is no such venue");
                return Events(c, (_, node) => node is Booking b && b.VenueId == venue);
            })
            .Resolve(c => c.Source);
    }

    // The nodes a committed change wrote that the field follows and the subscriber may see then; none when the
    // subscription is only being set up (no change yet).
    private static IObservable<object?> Events(IResolveFieldContext c, Func<NetworkChange, Node, bool> follows)
    {
        if (((HubUserContext)c.UserContext).Change is not { } change) return new Emit([]);
        var policy = c.Policy();
        var events = new List<object?>();
        foreach (var id in change.Changes.Nodes)
        {
            if (change.After.Node(id) is { } node && follows(change, node) && policy.View(node) is { } seen) events.Add(seen);
        }
        return new Emit(events);
    }

    private static long Area(IResolveFieldContext c, string code) =>
        c.Snapshot().AreaByCode(code.Trim())?.Id ?? throw ResolveFieldContextExtensions.Error(HubErrorCodes.NotFound, $"areaCode: there is no area with code '{code}'");

    private static long Id(string raw, string field, NodeKind kind)
    {
        try
        {
            return InputValues.NodeId(field, raw, kind);
        }
        catch (InputValueException e)
        {
            throw Bad($"{field}: {e.Message}");
        }
    }

    private static ExecutionError Bad(string message) => ResolveFieldContextExtensions.Error(HubErrorCodes.BadUserInput, message);

    // The events of one change, handed on at once and then completed: each change is run as its own execution.
    private sealed class Emit(IReadOnlyList<object?> events) : IObservable<object?>
    {
        public IDisposable Subscribe(IObserver<object?> observer)
        {
            foreach (var e in events) observer.OnNext(e);
            observer.OnCompleted();
            return Nothing.Instance;
        }
    }

    private sealed class Nothing : IDisposable
    {
        public static Nothing Instance { get; } = new();

        public void Dispose() { }
    }
}
