using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Privacy;

/// <summary>
/// Everything the network holds about one elder (PIPL's right of access): the elder, their links, their needs, and
/// the records that name the elder or one of their needs — referrals, service records, consents.
/// </summary>
/// <param name="Elder">The elder.</param>
/// <param name="Links">The elder's links, each with the node at its other end.</param>
/// <param name="Needs">The elder's needs.</param>
/// <param name="Records">The records naming the elder or a need of theirs, by id.</param>
public sealed record ElderRecord(Elder Elder, IReadOnlyList<(Link Link, Direction Direction, Node Other)> Links, IReadOnlyList<Need> Needs, IReadOnlyList<Node> Records)
{
    /// <summary>The record of an elder, or null when there is no such elder.</summary>
    public static ElderRecord? Of(NetworkSnapshot snapshot, long elderId)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Node<Elder>(elderId) is not { } elder) return null;
        var links = new List<(Link, Direction, Node)>();
        foreach (var dir in (Direction[])[Direction.Out, Direction.In])
        {
            foreach (var e in snapshot.Edges(elderId, dir)) links.Add((snapshot.Link(e.LinkId)!, dir, snapshot.Node(e.OtherId)!));
        }
        var needs = new List<Need>();
        foreach (var e in snapshot.Edges(elderId, Direction.Out, LinkType.HasNeed))
        {
            if (snapshot.Node(e.OtherId) is Need need) needs.Add(need);
        }
        var records = new SortedDictionary<long, Node>();
        foreach (var subject in needs.Select(n => n.Id).Prepend(elderId))
        {
            foreach (var id in snapshot.ReferencedBy(subject)) records[id] = snapshot.Node(id)!;
        }
        return new ElderRecord(elder, links.OrderBy(l => l.Item1.Id).ToList(), needs, records.Values.ToList());
    }
}
