using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Search;

namespace ResourceHub.Graph.Index;

/// <summary>
/// An immutable snapshot of the whole network: every node and link, compact adjacency arrays in both
/// directions, counts by kind, the unique keys (area codes, volunteer numbers) and the full-text index that
/// <see cref="Search.NetworkSearch"/> reads. Readers take the current
/// snapshot from <see cref="NetworkIndex"/> and never wait; a commit builds the next snapshot from this one,
/// copying only the chunks it touches.
/// </summary>
public sealed class NetworkSnapshot
{
    private const int Shift = ChunkedArray<object>.Shift;
    private const int Mask = ChunkedArray<object>.ChunkSize - 1;

    private readonly ChunkedArray<Node> _nodes;
    private readonly ChunkedArray<Link> _links;
    private readonly ChunkedArray<AdjacencyBlock> _out;
    private readonly ChunkedArray<AdjacencyBlock> _in;
    private readonly ImmutableDictionary<string, long> _keys;
    private readonly ImmutableArray<int> _counts;
    private readonly ReferenceIndex _references;
    private readonly NodeFacetIndex _facets;
    private SearchIndex _search;

    private NetworkSnapshot(long sequence, ChunkedArray<Node> nodes, ChunkedArray<Link> links, ChunkedArray<AdjacencyBlock> @out,
        ChunkedArray<AdjacencyBlock> @in, ImmutableDictionary<string, long> keys, ImmutableArray<int> counts, int linkCount, ReferenceIndex references, NodeFacetIndex facets,
        SearchIndex search)
    {
        _references = references;
        _facets = facets;
        Sequence = sequence;
        _nodes = nodes;
        _links = links;
        _out = @out;
        _in = @in;
        _keys = keys;
        _counts = counts;
        LinkCount = linkCount;
        _search = search;
    }

    // The snapshot this one was applied to, while something else keeps it, and the nodes whose place, codes, hours or
    // records may differ from it: derived indexes built on first use (the place grid) update from it, not rebuild.
    private WeakReference<NetworkSnapshot>? _parent;
    private IReadOnlySet<long> _touched = new HashSet<long>();
    private IReadOnlySet<long> _linkEnds = new HashSet<long>();

    /// <summary>The ends of every link set or removed since the parent snapshot (<see cref="TryGetParent"/>).</summary>
    internal IReadOnlySet<long> ChangedLinkEnds => _linkEnds;

    /// <summary>
    /// The snapshot this one was applied to, if it is still alive, and the nodes a derived index of helpers may see
    /// differently: nodes set or removed, the nodes of LOCATED_IN links set or removed, the nodes located in a changed
    /// area, and the nodes named by records set or removed. False for a snapshot built whole.
    /// </summary>
    internal bool TryGetParent(out NetworkSnapshot parent, out IReadOnlySet<long> touched)
    {
        touched = _touched;
        parent = null!;
        return _parent is not null && _parent.TryGetTarget(out parent!);
    }

    /// <summary>The empty network, before anything was committed.</summary>
    public static NetworkSnapshot Empty { get; } = new(0, ChunkedArray<Node>.Empty, ChunkedArray<Link>.Empty, ChunkedArray<AdjacencyBlock>.Empty,
        ChunkedArray<AdjacencyBlock>.Empty, ImmutableDictionary<string, long>.Empty.WithComparers(StringComparer.Ordinal),
        ImmutableArray.Create(new int[Enum.GetValues<NodeKind>().Length + 1]), 0, ReferenceIndex.Empty, NodeFacetIndex.Empty, SearchIndex.Empty);

    /// <summary>The sequence number of the last change-log entry this snapshot contains.</summary>
    public long Sequence { get; }

    /// <summary>How many nodes.</summary>
    public int NodeCount => _counts.Sum();

    /// <summary>One more than the largest node id the snapshot has room for: size of per-node scratch arrays.</summary>
    public long NodeIdCapacity => _nodes.Capacity;

    /// <summary>How many links.</summary>
    public int LinkCount { get; }

    /// <summary>The full-text index of this snapshot's nodes (see <see cref="NetworkSearch"/>), built and changed with it.</summary>
    internal SearchIndex SearchIndex => _search;

    /// <summary>How many nodes of a kind.</summary>
    public int Count(NodeKind kind) => _counts[(int)kind];

    /// <summary>The node with this id, or null.</summary>
    public Node? Node(long id) => _nodes[id];

    /// <summary>The node with this id if it is a <typeparamref name="T"/>, else null.</summary>
    public T? Node<T>(long id) where T : Node => _nodes[id] as T;

    /// <summary>The link with this id, or null.</summary>
    public Link? Link(long id) => _links[id];

    /// <summary>Every node, in id order.</summary>
    public IEnumerable<Node> Nodes() => _nodes.Values();

    /// <summary>Every node of a kind, in id order.</summary>
    public IEnumerable<T> Nodes<T>() where T : Node => _nodes.Values().OfType<T>();

    /// <summary>Every link, in id order.</summary>
    public IEnumerable<Link> Links() => _links.Values();

    /// <summary>The edges of a node in one direction, grouped by link type.</summary>
    public EdgeSpan Edges(long id, Direction direction)
    {
        var blocks = direction == Direction.Out ? _out : _in;
        var block = blocks[id >> Shift];
        return block is null ? default : block.Edges((int)(id & Mask));
    }

    /// <summary>The edges of a node in one direction of one link type.</summary>
    public EdgeSpan Edges(long id, Direction direction, LinkType type) => Edges(id, direction).OfType(type);

    /// <summary>The link of a type from one node to another, or null.</summary>
    public Link? FindLink(LinkType type, long fromId, long toId)
    {
        foreach (var e in Edges(fromId, Direction.Out, type))
        {
            if (e.OtherId == toId) return _links[e.LinkId];
        }
        return null;
    }

    /// <summary>Who has a need: the source of its HasNeed link (an elder, an organization or an area), or null.</summary>
    public Node? NeedOwner(long needId)
    {
        var owners = Edges(needId, Direction.In, LinkType.HasNeed);
        return owners.Count == 0 ? null : Node(owners[0].OtherId);
    }

    /// <summary>
    /// True for a need whose own text (name, description, situations, point) is personal data: an elder's, or one whose
    /// owner is not known. A community's or an organization's need is public.
    /// </summary>
    public bool IsPersonalNeed(long id) => Node(id) is Need && NeedOwner(id) is not (Area or Organization);

    /// <summary>The services a node offers or asks, as a bit set (see <see cref="Taxonomy.ServiceSet"/>).</summary>
    public Taxonomy.ServiceSet ServicesOf(long id) => _facets.Services(id);

    /// <summary>The kind of a node, read without the node; 0 when there is none.</summary>
    public NodeKind KindOf(long id) => _facets.Kind(id);

    /// <summary>The records (referrals, service records, consents) that name a node, in id order.</summary>
    public IReadOnlyList<long> ReferencedBy(long id) => _references.Of(id);

    /// <summary><see cref="ReferencedBy"/> without boxing, for loops that run per candidate.</summary>
    internal ImmutableArray<long> References(long id) => _references.Of(id);

    /// <summary>The area with this statistical code, or null.</summary>
    public Area? AreaByCode(string code) => _keys.TryGetValue(AreaKey(code), out var id) ? Node<Area>(id) : null;

    /// <summary>The volunteer with this volunteer number, or null.</summary>
    public Volunteer? VolunteerByNumber(string number) => _keys.TryGetValue(VolunteerKey(number), out var id) ? Node<Volunteer>(id) : null;

    /// <summary>The unique key a node holds (area code, volunteer number), or null.</summary>
    internal static string? UniqueKey(Node node) => node switch
    {
        Area a => AreaKey(a.Code),
        Volunteer v => VolunteerKey(v.VolunteerNumber),
        _ => null,
    };

    private static string AreaKey(string code) => "area:" + code;

    private static string VolunteerKey(string number) => "volunteer:" + number;

    internal bool TryGetKeyOwner(string key, out long id) => _keys.TryGetValue(key, out id);

    /// <summary>Builds a snapshot from every node and link at once (loading from the database).</summary>
    public static NetworkSnapshot Build(IEnumerable<Node> nodes, IEnumerable<Link> links, long sequence)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(links);
        var nodeList = nodes.ToList();
        var maxNode = nodeList.Count == 0 ? 0 : nodeList.Max(n => n.Id);
        if (maxNode >= int.MaxValue) throw new InvalidOperationException("node ids above 2^31 are not supported by the index");
        var flat = new Node?[maxNode + 1];
        var counts = new int[Enum.GetValues<NodeKind>().Length + 1];
        var keys = ImmutableDictionary.CreateBuilder<string, long>(StringComparer.Ordinal);
        foreach (var n in nodeList)
        {
            if (flat[n.Id] is not null) throw new InvalidOperationException($"duplicate node id {n.Id}");
            flat[n.Id] = n;
            counts[(int)n.Kind]++;
            if (UniqueKey(n) is { } key) keys[key] = n.Id;
        }

        var linkList = links.ToList();
        var maxLink = linkList.Count == 0 ? 0 : linkList.Max(l => l.Id);
        if (maxLink >= int.MaxValue) throw new InvalidOperationException("link ids above 2^31 are not supported by the index");
        var linkFlat = new Link?[maxLink + 1];
        var blockCount = (int)((maxNode >> Shift) + 1);
        var outEdges = new List<RawEdge>?[blockCount];
        var inEdges = new List<RawEdge>?[blockCount];
        foreach (var l in linkList)
        {
            if (linkFlat[l.Id] is not null) throw new InvalidOperationException($"duplicate link id {l.Id}");
            if (l.FromId > maxNode || flat[l.FromId] is null || l.ToId > maxNode || flat[l.ToId] is null)
                throw new InvalidOperationException($"link {l.Id} joins a missing node");
            linkFlat[l.Id] = l;
            (outEdges[l.FromId >> Shift] ??= []).Add(new RawEdge((int)(l.FromId & Mask), (int)l.ToId, (int)l.Id, l.Type));
            (inEdges[l.ToId >> Shift] ??= []).Add(new RawEdge((int)(l.ToId & Mask), (int)l.FromId, (int)l.Id, l.Type));
        }
        var snapshot = new NetworkSnapshot(sequence, ChunkedArray<Node>.FromFlat(flat), ChunkedArray<Link>.FromFlat(linkFlat),
            BuildBlocks(outEdges), BuildBlocks(inEdges), keys.ToImmutable(), ImmutableArray.Create(counts), linkList.Count, ReferenceIndex.Build(nodeList),
            NodeFacetIndex.Build(nodeList), SearchIndex.Empty);
        // The search index reads only public text, and whether a need's text is public depends on its owner's link.
        snapshot._search = SearchIndex.Build(flat, snapshot.IsPersonalNeed);
        return snapshot;
    }

    private static ChunkedArray<AdjacencyBlock> BuildBlocks(List<RawEdge>?[] perBlock)
    {
        var blocks = new AdjacencyBlock?[perBlock.Length];
        for (var b = 0; b < perBlock.Length; b++)
        {
            if (perBlock[b] is { } edges) blocks[b] = AdjacencyBlock.Build(CollectionsMarshal.AsSpan(edges));
        }
        return ChunkedArray<AdjacencyBlock>.FromFlat(blocks);
    }

    /// <summary>The snapshot after a committed change; this one is unchanged.</summary>
    public NetworkSnapshot Apply(NetworkDelta delta, long sequence)
    {
        ArgumentNullException.ThrowIfNull(delta);
        var counts = _counts.ToBuilder();
        var keys = _keys.ToBuilder();
        var nodeSets = new Dictionary<long, Node?>();
        foreach (var id in delta.DeletedNodes)
        {
            var old = _nodes[id] ?? throw new InvalidOperationException($"delta deletes missing node {id}");
            counts[(int)old.Kind]--;
            if (UniqueKey(old) is { } key) keys.Remove(key);
            nodeSets[id] = null;
        }
        // Old keys all go before new keys come: a key may pass from one node to another within one delta.
        foreach (var n in delta.UpsertedNodes)
        {
            if (n.Id <= 0 || n.Id >= int.MaxValue) throw new InvalidOperationException($"node id {n.Id} is out of range");
            if (_nodes[n.Id] is { } old)
            {
                counts[(int)old.Kind]--;
                if (UniqueKey(old) is { } oldKey && keys.TryGetValue(oldKey, out var holder) && holder == n.Id) keys.Remove(oldKey);
            }
        }
        foreach (var n in delta.UpsertedNodes)
        {
            counts[(int)n.Kind]++;
            if (UniqueKey(n) is { } key) keys[key] = n.Id;
            nodeSets[n.Id] = n;
        }

        var outChanges = new Dictionary<long, (HashSet<int> Removed, List<RawEdge> Added)>();
        var inChanges = new Dictionary<long, (HashSet<int> Removed, List<RawEdge> Added)>();
        var linkSets = new Dictionary<long, Link?>();
        var linkCount = LinkCount;
        foreach (var id in delta.DeletedLinks)
        {
            var old = _links[id] ?? throw new InvalidOperationException($"delta deletes missing link {id}");
            Change(outChanges, old.FromId).Removed.Add((int)id);
            Change(inChanges, old.ToId).Removed.Add((int)id);
            linkSets[id] = null;
            linkCount--;
        }
        foreach (var l in delta.UpsertedLinks)
        {
            if (l.Id <= 0 || l.Id >= int.MaxValue) throw new InvalidOperationException($"link id {l.Id} is out of range");
            if (_links[l.Id] is { } old)
            {
                if (old.Type != l.Type || old.FromId != l.FromId || old.ToId != l.ToId)
                    throw new InvalidOperationException($"link {l.Id} cannot change its type or ends");
            }
            else
            {
                Change(outChanges, l.FromId).Added.Add(new RawEdge((int)(l.FromId & Mask), (int)l.ToId, (int)l.Id, l.Type));
                Change(inChanges, l.ToId).Added.Add(new RawEdge((int)(l.ToId & Mask), (int)l.FromId, (int)l.Id, l.Type));
                linkCount++;
            }
            linkSets[l.Id] = l;
        }

        var next = new NetworkSnapshot(sequence, _nodes.SetMany(nodeSets), _links.SetMany(linkSets),
            RebuildBlocks(_out, outChanges), RebuildBlocks(_in, inChanges), keys.ToImmutable(), counts.ToImmutable(), linkCount,
            _references.Apply(nodeSets.Select(kv => (_nodes[kv.Key], kv.Value)).Where(c => c.Item1 is Referral or ServiceRecord or Consent or TimeBankEntry or Booking or Webhook || c.Value is Referral or ServiceRecord or Consent or TimeBankEntry or Booking or Webhook).ToList()),
            _facets.Apply(nodeSets), SearchIndex.Empty);
        next._search = SearchIndex.Apply(delta, OwnerChanged(next, linkSets), next.IsPersonalNeed);
        next._parent = new WeakReference<NetworkSnapshot>(this);
        next._touched = Touched(next, nodeSets, linkSets);
        var ends = new HashSet<long>();
        foreach (var (id, link) in linkSets)
        {
            var l = link ?? _links[id]!;
            ends.Add(l.FromId);
            ends.Add(l.ToId);
        }
        next._linkEnds = ends;
        // What searches derive per snapshot is carried over now, while the snapshot before still holds it.
        Matching.SpatialGrid.CarryOver(next);
        Matching.HubNeighbours.CarryOver(next);
        Matching.NeedGrid.CarryOver(next);
        return next;
    }

    // Needs that gained or lost their owner's HasNeed link, and still exist: whether their text is personal may have changed.
    private List<Node> OwnerChanged(NetworkSnapshot next, Dictionary<long, Link?> linkSets)
    {
        var needs = new List<Node>();
        foreach (var (id, link) in linkSets)
        {
            if ((link ?? _links[id]) is { Type: LinkType.HasNeed } l && next.Node(l.ToId) is Need need && !needs.Contains(need)) needs.Add(need);
        }
        return needs;
    }

    private HashSet<long> Touched(NetworkSnapshot next, Dictionary<long, Node?> nodeSets, Dictionary<long, Link?> linkSets)
    {
        var touched = new HashSet<long>(nodeSets.Keys);
        foreach (var (id, node) in nodeSets)
        {
            var old = _nodes[id];
            if (old is Area || node is Area)
            {
                foreach (var e in Edges(id, Direction.In, LinkType.LocatedIn)) touched.Add(e.OtherId);
                foreach (var e in next.Edges(id, Direction.In, LinkType.LocatedIn)) touched.Add(e.OtherId);
            }
            foreach (var record in (ReadOnlySpan<Node?>)[old, node])
            {
                if (record is null) continue;
                foreach (var r in ReferenceIndex.References(record)) touched.Add(r.TargetId);
            }
        }
        foreach (var (id, link) in linkSets)
        {
            if ((link ?? _links[id]) is { Type: LinkType.LocatedIn } l) touched.Add(l.FromId);
        }
        return touched;
    }

    private static (HashSet<int> Removed, List<RawEdge> Added) Change(Dictionary<long, (HashSet<int>, List<RawEdge>)> changes, long nodeId)
    {
        var block = nodeId >> Shift;
        if (!changes.TryGetValue(block, out var c))
        {
            c = ([], []);
            changes[block] = c;
        }
        return c;
    }

    private static ChunkedArray<AdjacencyBlock> RebuildBlocks(ChunkedArray<AdjacencyBlock> blocks,
        Dictionary<long, (HashSet<int> Removed, List<RawEdge> Added)> changes)
    {
        if (changes.Count == 0) return blocks;
        var sets = new List<KeyValuePair<long, AdjacencyBlock?>>(changes.Count);
        foreach (var (b, (removed, added)) in changes)
        {
            var old = blocks[b];
            var rebuilt = old is null ? AdjacencyBlock.Build(CollectionsMarshal.AsSpan(added)) : old.With(removed, added);
            sets.Add(new(b, rebuilt.EdgeCount == 0 ? null : rebuilt));
        }
        return blocks.SetMany(sets);
    }
}
