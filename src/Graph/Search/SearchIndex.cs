using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Search;

/// <summary>
/// The full-text index of one <see cref="NetworkSnapshot"/>, built with it and changed with it: an inverted index cut
/// into blocks of 1,024 node ids (<see cref="SearchBlock"/>) held in a persistent array, with the node count and the
/// field length totals that ranking needs. Applying a delta rebuilds only the blocks of the nodes it changes, each by
/// merging the changed nodes' terms into a copy of the block, so an update costs the node's text and one block, never
/// the corpus. Immutable and safe to read from any thread.
/// </summary>
internal sealed class SearchIndex
{
    private const int Shift = SearchBlock.Shift;
    private const int Mask = SearchBlock.Size - 1;
    // Below this many blocks a delta is applied on the calling thread: a commit usually touches one or two.
    private const int ParallelBlocks = 8;

    private readonly ChunkedArray<SearchBlock> _blocks;

    private SearchIndex(ChunkedArray<SearchBlock> blocks, int docCount, FieldTotals lengths)
    {
        _blocks = blocks;
        DocCount = docCount;
        Lengths = lengths;
    }

    /// <summary>The index of the empty network.</summary>
    public static SearchIndex Empty { get; } = new(ChunkedArray<SearchBlock>.Empty, 0, default);

    /// <summary>How many nodes are indexed.</summary>
    public int DocCount { get; }

    /// <summary>The length of each field summed over the indexed nodes.</summary>
    public FieldTotals Lengths { get; }

    /// <summary>How many block slots there are; blocks past the last node are null.</summary>
    public long BlockCount => _blocks.Capacity;

    /// <summary>The block of ids from <c>b × 1,024</c>, or null when none of them is indexed.</summary>
    public SearchBlock? Block(long b) => _blocks[b];

    /// <summary>The approximate bytes the index holds, for measurements.</summary>
    public long Bytes
    {
        get
        {
            long bytes = 0;
            for (long b = 0; b < BlockCount; b++) bytes += Block(b)?.Bytes ?? 0;
            return bytes;
        }
    }

    /// <summary>
    /// Builds the index of every node at once; <paramref name="byId"/>[i] is the node with id i, or null;
    /// <paramref name="personal"/> tells the nodes whose own text is personal data (elders' needs).
    /// </summary>
    public static SearchIndex Build(Node?[] byId, Func<long, bool> personal)
    {
        ArgumentNullException.ThrowIfNull(personal);
        ArgumentNullException.ThrowIfNull(byId);
        var blockCount = (byId.Length + Mask) >> Shift;
        var blocks = new SearchBlock?[blockCount];
        var docCounts = new int[blockCount];
        var lengths = new FieldTotals[blockCount];
        Parallel.For(0, blockCount, () => new SearchBlockBuilder(), (b, _, builder) =>
        {
            builder.Reset();
            var first = b << Shift;
            var end = Math.Min(byId.Length, first + SearchBlock.Size);
            for (var id = first; id < end; id++)
            {
                if (byId[id] is { } node && SearchDocument.IsIndexed(node.Kind)) builder.Add(id - first, node, personal(id));
            }
            (blocks[b], docCounts[b], lengths[b]) = builder.Build(null);
            return builder;
        }, _ => { });
        var total = default(FieldTotals);
        foreach (var l in lengths) total += l;
        return new SearchIndex(ChunkedArray<SearchBlock>.FromFlat(blocks), docCounts.Sum(), total);
    }

    /// <summary>
    /// The index after a committed change; this one is unchanged. Besides the nodes the delta writes, the nodes of
    /// <paramref name="alsoIndex"/> are indexed again (needs whose owner changed, so whether their text is personal may
    /// have); <paramref name="personal"/> reads the snapshot after the change.
    /// </summary>
    public SearchIndex Apply(NetworkDelta delta, IEnumerable<Node> alsoIndex, Func<long, bool> personal)
    {
        ArgumentNullException.ThrowIfNull(delta);
        ArgumentNullException.ThrowIfNull(alsoIndex);
        ArgumentNullException.ThrowIfNull(personal);
        // Per block, what each changed id becomes: a node to index, or nothing. Deletes first, as the snapshot does.
        var changes = new Dictionary<long, SortedDictionary<int, Node?>>();
        void Change(long id, Node? node)
        {
            var b = id >> Shift;
            var local = (int)(id & Mask);
            var block = _blocks[b];
            var known = changes.TryGetValue(b, out var locals);
            // Nodes that are not indexed and never were (elders, referrals …) change nothing here.
            if (node is null && block?.Contains(local) != true && !(known && locals!.ContainsKey(local))) return;
            if (!known) changes[b] = locals = [];
            locals![local] = node;
        }
        foreach (var id in delta.DeletedNodes) Change(id, null);
        foreach (var n in delta.UpsertedNodes) Change(n.Id, SearchDocument.IsIndexed(n.Kind) ? n : null);
        foreach (var n in alsoIndex) Change(n.Id, n);
        if (changes.Count == 0) return this;

        var work = changes.OrderBy(c => c.Key).ToArray();
        var results = new (SearchBlock? Block, int DocDelta, FieldTotals LengthDelta)[work.Length];
        if (work.Length < ParallelBlocks)
        {
            var builder = new SearchBlockBuilder();
            for (var i = 0; i < work.Length; i++) results[i] = Rebuild(builder, work[i].Key, work[i].Value, personal);
        }
        else
        {
            Parallel.For(0, work.Length, () => new SearchBlockBuilder(),
                (i, _, builder) => { results[i] = Rebuild(builder, work[i].Key, work[i].Value, personal); return builder; }, _ => { });
        }

        var docCount = DocCount;
        var lengths = Lengths;
        var sets = new KeyValuePair<long, SearchBlock?>[work.Length];
        for (var i = 0; i < work.Length; i++)
        {
            docCount += results[i].DocDelta;
            lengths += results[i].LengthDelta;
            sets[i] = new(work[i].Key, results[i].Block);
        }
        return new SearchIndex(_blocks.SetMany(sets), docCount, lengths);
    }

    private (SearchBlock?, int, FieldTotals) Rebuild(SearchBlockBuilder builder, long b, SortedDictionary<int, Node?> locals, Func<long, bool> personal)
    {
        builder.Reset();
        foreach (var (local, node) in locals)
        {
            if (node is null) builder.Remove(local);
            else builder.Add(local, node, personal(node.Id));
        }
        return builder.Build(_blocks[b]);
    }

    /// <summary>True when both indexes hold exactly the same blocks and totals (an incremental index equals a rebuilt one).</summary>
    public bool ContentEquals(SearchIndex other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (DocCount != other.DocCount || Lengths != other.Lengths) return false;
        for (long b = 0; b < Math.Max(BlockCount, other.BlockCount); b++)
        {
            SearchBlock? x = Block(b), y = other.Block(b);
            if (x is null != y is null || (x is not null && !x.ContentEquals(y!))) return false;
        }
        return true;
    }
}
