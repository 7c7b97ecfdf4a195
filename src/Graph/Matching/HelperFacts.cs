using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;
using ResourceHub.Graph.Taxonomy;

namespace ResourceHub.Graph.Matching;

/// <summary>
/// What matching reads of a helper before the helper itself, as the place grid and busy nodes' filings keep it per
/// snapshot: its codes, place (own point or home area's), weekly hours and standing (<see cref="HelperRules.Standing"/>:
/// track record, and load, null when its open referrals fill its capacity).
/// </summary>
internal readonly record struct HelperFacts(int Id, ServiceSet Services, GeoPoint? Point, WeeklySchedule Hours, double TrackRecord, double? Load)
{
    /// <summary>The facts of a node in a snapshot; null when it is not a helper.</summary>
    public static HelperFacts? Of(NetworkSnapshot snapshot, Node node)
    {
        if (!HelperRules.IsHelper(node)) return null;
        var (track, load) = HelperRules.Standing(snapshot, node);
        return new HelperFacts((int)node.Id, snapshot.ServicesOf(node.Id), NodeFacets.Position(snapshot, node), HelperRules.Schedule(node), track, load);
    }
}
