using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Matching;

/// <summary>
/// Partners for an activity: organizations and teams that offer a service and can reach an area (serve it or an
/// area above it, are linked to it within the hop limit, or are near), ranked as <see cref="HelpFinder"/> ranks
/// helpers, without the one asking.
/// </summary>
public static class PartnerFinder
{
    /// <summary>The organizations that could partner, best first.</summary>
    public static IReadOnlyList<HelperMatch> Find(NetworkSnapshot snapshot, long forId, string service, long areaId, MatchOptions options) =>
        Find(Access.AccessPolicy.Everything(snapshot), forId, service, areaId, options);

    /// <summary>The organizations that could partner, best first, as a caller may ask.</summary>
    public static IReadOnlyList<HelperMatch> Find(Access.AccessPolicy policy, long forId, string service, long areaId, MatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var snapshot = policy.Snapshot;
        ArgumentException.ThrowIfNullOrWhiteSpace(service);
        if (snapshot.Node(areaId) is not Area) throw new ArgumentException($"node {areaId} is not an area", nameof(areaId));
        var spec = new NeedSpec { Categories = [service], AreaId = areaId, Mode = NeedMode.Venue };
        return HelpFinder.Find(policy, spec, options, n => n is Organization && n.Id != forId);
    }
}
