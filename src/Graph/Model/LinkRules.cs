using System.Collections.Frozen;
using K = ResourceHub.Graph.Model.NodeKind;

namespace ResourceHub.Graph.Model;

/// <summary>The rules of every link type: which kinds each joins and its cardinality.</summary>
public static class LinkRules
{
    private static readonly NodeKind[] Actors = [K.Organization, K.SocialWorker, K.Volunteer];
    private static readonly NodeKind[] Helpers = [K.Organization, K.SocialWorker, K.Volunteer, K.Resource];

    private static readonly FrozenDictionary<LinkType, LinkRule> Rules = new LinkRule[]
    {
        new(LinkType.LocatedIn, [([K.Organization, K.SocialWorker, K.Volunteer, K.Resource, K.Elder, K.Activity, K.Need], [K.Area])], MaxPerSource: 1),
        new(LinkType.PartOf, [([K.Area], [K.Area]), ([K.Organization], [K.Organization])], MaxPerSource: 1),
        new(LinkType.Serves, [([K.Organization, K.SocialWorker, K.Volunteer, K.Resource, K.Project], [K.Area])]),
        new(LinkType.MemberOf, [([K.Volunteer, K.SocialWorker, K.Elder, K.Organization], [K.Organization])]),
        new(LinkType.Leads, [([K.Volunteer, K.SocialWorker, K.Elder], [K.Organization, K.Activity])]),
        new(LinkType.EmployedBy, [([K.SocialWorker], [K.Organization])], MaxPerSource: 1),
        new(LinkType.StationedAt, [([K.SocialWorker], [K.Organization])]),
        new(LinkType.Supervises, [([K.SocialWorker, K.Organization], [K.SocialWorker, K.Organization, K.Volunteer])]),
        new(LinkType.Empowers, [([K.Organization, K.SocialWorker], [K.Organization])]),
        new(LinkType.Incubates, [([K.Organization], [K.Organization])]),
        new(LinkType.PartnersWith, [([K.Organization], [K.Organization])]),
        new(LinkType.Contracts, [([K.Organization], [K.Project])], MaxPerTarget: 1),
        new(LinkType.Trains, [([K.Organization, K.SocialWorker], [K.Volunteer, K.SocialWorker, K.Organization])]),
        new(LinkType.Guides, [([K.SocialWorker, K.Organization], [K.Organization, K.Volunteer, K.SocialWorker])]),
        new(LinkType.Owns, [([K.Organization, K.Area], [K.Resource])], MaxPerTarget: 1),
        new(LinkType.Provides, [(Actors, [K.Resource])]),
        new(LinkType.Donates, [(Actors, [K.Resource, K.Project, K.Organization])]),
        new(LinkType.HasNeed, [([K.Elder, K.Organization, K.Area], [K.Need])], MaxPerTarget: 1),
        new(LinkType.HostedAt, [([K.Activity], [K.Resource])]),
        new(LinkType.OrganizedBy, [([K.Activity], [K.Organization, K.SocialWorker, K.Volunteer])]),
        new(LinkType.DeliveredBy, [([K.Activity, K.Project], Actors)]),
        new(LinkType.ReferredTo, [([K.Need], Helpers)]),
    }.ToFrozenDictionary(r => r.Type);

    /// <summary>The rule of a link type.</summary>
    public static LinkRule For(LinkType type) =>
        Rules.TryGetValue(type, out var rule) ? rule : throw new ArgumentOutOfRangeException(nameof(type), type, "unknown link type");

    /// <summary>Every rule.</summary>
    public static IEnumerable<LinkRule> All => Rules.Values.OrderBy(r => r.Type);
}
