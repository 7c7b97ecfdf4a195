using System.Diagnostics;
using System.Runtime.InteropServices;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Search;

/// <summary>
/// Builds the next version of one <see cref="SearchBlock"/>: the nodes of the block that changed are named (removed or
/// added again, in ascending local id), and their postings are merged into the old block's, which are copied, not
/// re-read. The result is the same as building the block afresh from its nodes. Not thread-safe; reusable after
/// <see cref="Reset"/>.
/// </summary>
internal sealed class SearchBlockBuilder
{
    private const int Size = SearchBlock.Size;
    private const int Words = Size / 64;

    private readonly List<SearchProperty> _properties = [];
    private readonly List<ulong> _tokens = [];
    private readonly Dictionary<ulong, int> _slots = [];
    private readonly ulong[] _changed = new ulong[Words];
    private readonly ulong[] _added = new ulong[Words];
    private readonly ulong[] _addedLengths = new ulong[Size];
    private ulong[] _slotKeys = new ulong[256];
    private int[] _heads = new int[256];
    private int[] _tails = new int[256];
    private int[] _next = new int[1024];
    private ushort[] _docs = new ushort[1024];
    private ushort[] _frequencies = new ushort[1024];
    private int _postings;
    private int _lastAdded = -1;

    /// <summary>Forgets everything, to build another block.</summary>
    public void Reset()
    {
        _slots.Clear();
        Array.Clear(_changed);
        Array.Clear(_added);
        Array.Clear(_addedLengths);
        _postings = 0;
        _lastAdded = -1;
    }

    /// <summary>Drops whatever the old block holds for <paramref name="local"/>.</summary>
    public void Remove(int local) => _changed[local >> 6] |= 1UL << local;

    /// <summary>
    /// Indexes a node's public text (<see cref="SearchDocument.Properties(Node, bool, List{SearchProperty})"/>) in place of
    /// whatever the old block holds for it; local ids must come in ascending order.
    /// </summary>
    public void Add(int local, Node node, bool personal)
    {
        Debug.Assert(local > _lastAdded, "nodes are added in ascending local id");
        Debug.Assert(SearchDocument.IsIndexed(node.Kind));
        _lastAdded = local;
        Remove(local);
        Span<int> lengths = stackalloc int[4];
        SearchDocument.Properties(node, personal, _properties);
        foreach (ref readonly var property in CollectionsMarshal.AsSpan(_properties))
        {
            var terms = SearchDocument.Terms(property, _tokens);
            lengths[(int)property.Field] += terms.Length;
            var one = (ushort)(1 << (4 * (int)property.Field));
            foreach (var t in terms) Count(t, (ushort)local, one);
        }
        ulong packed = 0;
        for (var f = 3; f >= 0; f--) packed = (packed << 16) | (uint)Math.Min(lengths[f], SearchBlock.MaxLength);
        _addedLengths[local] = packed;
        _added[local >> 6] |= 1UL << local;
    }

    // Counts one occurrence of a term in a field (one = 1 in that field's four bits) for the node being added: the term's
    // last posting is this node's if the node already holds the term, since nodes come in ascending order.
    private void Count(ulong term, ushort local, ushort one)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_slots, term, out var exists);
        if (exists)
        {
            var tail = _tails[slot];
            if (_docs[tail] == local)
            {
                ref var f = ref _frequencies[tail];
                if (((f / one) & 0xF) < SearchBlock.MaxFrequency) f += one;
                return;
            }
            _next[tail] = _postings;
            _tails[slot] = _postings;
        }
        else
        {
            slot = _slots.Count - 1;
            if (slot == _slotKeys.Length)
            {
                Array.Resize(ref _slotKeys, slot * 2);
                Array.Resize(ref _heads, slot * 2);
                Array.Resize(ref _tails, slot * 2);
            }
            _slotKeys[slot] = term;
            _heads[slot] = _postings;
            _tails[slot] = _postings;
        }
        if (_postings == _docs.Length)
        {
            Array.Resize(ref _next, _postings * 2);
            Array.Resize(ref _docs, _postings * 2);
            Array.Resize(ref _frequencies, _postings * 2);
        }
        _docs[_postings] = local;
        _frequencies[_postings] = one;
        _next[_postings++] = -1;
    }

    /// <summary>
    /// The block after the changes, or null when it holds no node; and how the index's node count and field length
    /// totals change.
    /// </summary>
    public (SearchBlock? Block, int DocDelta, FieldTotals LengthDelta) Build(SearchBlock? old)
    {
        var slotCount = _slots.Count;
        var newTerms = _slotKeys.AsSpan(0, slotCount).ToArray();
        var order = new int[slotCount];
        for (var i = 0; i < slotCount; i++) order[i] = i;
        Array.Sort(newTerms, order);

        var oldTerms = old is null ? [] : old.Terms;
        var oldStarts = old is null ? [0] : old.Starts;
        var oldDocs = old is null ? [] : old.Docs;
        var oldFrequencies = old is null ? [] : old.Frequencies;
        var terms = new ulong[oldTerms.Length + slotCount];
        var starts = new int[terms.Length + 1];
        var docs = new ushort[oldDocs.Length + _postings];
        var frequencies = new ushort[docs.Length];
        int i0 = 0, j0 = 0, t = 0, p = 0;
        while (i0 < oldTerms.Length || j0 < slotCount)
        {
            var fromOld = j0 == slotCount || (i0 < oldTerms.Length && oldTerms[i0] <= newTerms[j0]);
            var fromNew = i0 == oldTerms.Length || (j0 < slotCount && newTerms[j0] <= oldTerms[i0]);
            var term = fromOld ? oldTerms[i0] : newTerms[j0];
            var start = p;
            int q = fromOld ? oldStarts[i0] : 0, end = fromOld ? oldStarts[i0 + 1] : 0;
            var n = fromNew ? _heads[order[j0]] : -1;
            while (q < end || n >= 0)
            {
                if (n < 0 || (q < end && oldDocs[q] < _docs[n]))
                {
                    if (!IsSet(_changed, oldDocs[q]))
                    {
                        docs[p] = oldDocs[q];
                        frequencies[p++] = oldFrequencies[q];
                    }
                    q++;
                }
                else
                {
                    docs[p] = _docs[n];
                    frequencies[p++] = _frequencies[n];
                    n = _next[n];
                }
            }
            if (p > start)
            {
                terms[t] = term;
                starts[t++] = start;
            }
            if (fromOld) i0++;
            if (fromNew) j0++;
        }
        starts[t] = p;

        var lengths = new ulong[Size];
        var present = new ulong[Words];
        if (old is not null)
        {
            old.AllLengths.CopyTo(lengths);
            old.Present.CopyTo(present);
        }
        var delta = default(FieldTotals);
        var docDelta = 0;
        for (var w = 0; w < Words; w++)
        {
            for (var bits = _changed[w]; bits != 0; bits &= bits - 1)
            {
                var local = (w << 6) | System.Numerics.BitOperations.TrailingZeroCount(bits);
                if (IsSet(present, local))
                {
                    delta = delta.Subtract(lengths[local]);
                    docDelta--;
                }
                if (IsSet(_added, local))
                {
                    lengths[local] = _addedLengths[local];
                    delta = delta.Add(lengths[local]);
                    docDelta++;
                }
                else
                {
                    lengths[local] = 0;
                }
            }
            present[w] = (present[w] & ~_changed[w]) | _added[w];
        }
        var docCount = SearchBlock.PopCount(present);
        if (docCount == 0) return (null, docDelta, delta);
        if (t < terms.Length)
        {
            Array.Resize(ref terms, t);
            Array.Resize(ref starts, t + 1);
        }
        if (p < docs.Length)
        {
            Array.Resize(ref docs, p);
            Array.Resize(ref frequencies, p);
        }
        return (new SearchBlock(terms, starts, docs, frequencies, lengths, present, docCount), docDelta, delta);
    }

    private static bool IsSet(ReadOnlySpan<ulong> bits, int local) => (bits[local >> 6] & (1UL << local)) != 0;
}
