using ResourceHub.Graph.Access;
using ResourceHub.Graph.Analytics;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;
using ResourceHub.Graph.Referrals;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Hub.Webhooks;

/// <summary>An event for a webhook: its type, the node it is about, and what it carries.</summary>
internal sealed record WebhookEvent(string Type, long NodeId, object Data);

/// <summary>
/// What a committed change means for an organization's webhook, read as the organization's admin would read it over
/// the network the change left: referrals the organization sends or helps with, needs posted in the areas it serves,
/// bookings it made or of the venues it owns. An event carries ids, statuses and the public or viewed name only, never
/// more of a person than the organization may see.
/// </summary>
internal static class WebhookEvents
{
    public static IReadOnlyList<WebhookEvent> For(Webhook hook, NetworkChange change)
    {
        var s = change.After;
        var policy = new AccessPolicy(new Caller { Subject = $"webhook:{hook.Id}", Roles = Roles.OrgAdmin, NodeId = hook.OrganizationId }, s);
        var org = hook.OrganizationId;
        var events = new List<WebhookEvent>();
        foreach (var id in change.Changes.Nodes)
        {
            if (s.Node(id) is not { } node || policy.View(node) is not { } seen) continue;
            switch (seen)
            {
                case Referral r when hook.Events.Contains("referral.changed") && (policy.OnSide(ReferralSide.Helper, r) || policy.OnSide(ReferralSide.Sender, r)):
                    events.Add(new("referral.changed", id, new
                    {
                        id = GlobalId.Encode(r), status = Enum(r.Status), outcome = r.Outcome is { } o ? Enum(o) : null, version = r.Version,
                        need = Ref(s.Node(r.NeedId)), helper = Ref(s.Node(r.HelperId)), sender = Ref(s.Node(r.SenderId)), updatedAt = r.UpdatedAt,
                    }));
                    break;
                case Need n when hook.Events.Contains("need.posted") && change.Before.Node(id) is null && Serves(s, org, NodeFacets.NeedArea(s, id)?.Id):
                    events.Add(new("need.posted", id, new
                    {
                        id = GlobalId.Encode(n), name = n.Name, categories = n.Categories, mode = Enum(n.Mode), area = Ref(NodeFacets.NeedArea(s, id)), createdAt = n.CreatedAt,
                    }));
                    break;
                case Booking b when hook.Events.Contains("booking.changed") && (b.BookedById == org || s.Edges(b.VenueId, Direction.In, LinkType.Owns).OtherIds.Contains((int)org)):
                    events.Add(new("booking.changed", id, new
                    {
                        id = GlobalId.Encode(b), status = Enum(b.Status), venue = Ref(s.Node(b.VenueId)), from = b.Window.From, to = b.Window.To,
                        weekly = b.Window.Weekly.ToString(), updatedAt = b.UpdatedAt,
                    }));
                    break;
            }
        }
        return events;
    }

    // An organization hears of the needs posted in the areas it serves, and below them.
    private static bool Serves(Graph.Index.NetworkSnapshot s, long org, long? areaId) =>
        s.IsWithinAny(areaId, s.Edges(org, Direction.Out, LinkType.Serves).OtherIds.ToArray().Select(a => (long)a).ToHashSet());

    private static object? Ref(Node? node) => node is null ? null : new { id = GlobalId.Encode(node), kind = node.Kind.ToString() };

    private static string Enum<T>(T value) where T : struct, System.Enum =>
        GraphQL.StringExtensions.ToConstantCase(value.ToString());
}
