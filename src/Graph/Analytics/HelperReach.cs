using ResourceHub.Graph.Index;
using ResourceHub.Graph.Matching;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Taxonomy;

namespace ResourceHub.Graph.Analytics;

/// <summary>
/// The helpers within k hops of an area: a breadth-first walk from it over every link, by the matcher's pass-through
/// rules (<see cref="HelpFinder.ExpandsFrom(Node, IReadOnlyList{long})"/>): areas lead on only when they are the area
/// itself or one above it, and people's needs and records are reached but not passed — so what it counts never
/// depends on an elder's data.
/// </summary>
public static class HelperReach
{
    /// <summary>The most hops a walk may take.</summary>
    public const int MaxHops = 4;

    /// <summary>The helpers within <paramref name="hops"/> of the area, offering one of <paramref name="services"/> when given (related codes count).</summary>
    public static ReachCount Within(NetworkSnapshot snapshot, long areaId, int hops, IReadOnlyList<string>? services = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentOutOfRangeException.ThrowIfLessThan(hops, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hops, MaxHops);
        if (snapshot.Node(areaId) is not Area) throw new ArgumentException($"node {areaId} is not an area", nameof(areaId));
        var related = services is { Count: > 0 } ? ServiceSet.Related(services) : (ServiceSet?)null;
        IReadOnlyList<long> chain = [areaId, .. snapshot.Ancestors(areaId)];
        var depth = new Dictionary<long, int> { [areaId] = 0 };
        var frontier = new List<long> { areaId };
        int orgs = 0, workers = 0, volunteers = 0, resources = 0;
        for (var d = 1; d <= hops && frontier.Count > 0; d++)
        {
            var next = new List<long>();
            foreach (var id in frontier)
            {
                var node = snapshot.Node(id)!;
                if (!HelpFinder.ExpandsFrom(node, chain)) continue;
                foreach (var direction in (ReadOnlySpan<Direction>)[Direction.Out, Direction.In])
                {
                    foreach (var e in snapshot.Edges(id, direction))
                    {
                        if (!depth.TryAdd(e.OtherId, d)) continue;
                        next.Add(e.OtherId);
                        if (related is { } r && !snapshot.ServicesOf(e.OtherId).Overlaps(r)) continue;
                        switch (snapshot.KindOf(e.OtherId))
                        {
                            case NodeKind.Organization: orgs++; break;
                            case NodeKind.SocialWorker: workers++; break;
                            case NodeKind.Volunteer: volunteers++; break;
                            case NodeKind.Resource: resources++; break;
                        }
                    }
                }
            }
            frontier = next;
        }
        return new ReachCount(areaId, hops, orgs, workers, volunteers, resources);
    }
}
