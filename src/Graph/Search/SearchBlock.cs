using System.Diagnostics;
using System.Numerics;

namespace ResourceHub.Graph.Search;

/// <summary>
/// The inverted index of 1,024 consecutive node ids (the same slots as an adjacency block of the snapshot): the distinct
/// terms in key order, and for each term its postings — the local ids holding it, ascending, with how often it occurs
/// in each field. Also each node's field lengths. Immutable; a change builds a new block from this one
/// (<see cref="SearchBlockBuilder"/>), which costs a copy of the block, never of the index.
/// </summary>
internal sealed class SearchBlock
{
    /// <summary>log2 of the ids a block covers.</summary>
    public const int Shift = 10;

    /// <summary>How many ids a block covers.</summary>
    public const int Size = 1 << Shift;

    /// <summary>How often a term may be counted in one field of one node (four bits each).</summary>
    public const int MaxFrequency = 15;

    /// <summary>How long a field may be counted, in terms (sixteen bits each).</summary>
    public const int MaxLength = ushort.MaxValue;

    private readonly ulong[] _terms;
    private readonly int[] _starts;
    private readonly ushort[] _docs;
    private readonly ushort[] _frequencies;
    private readonly ulong[] _lengths;
    private readonly ulong[] _present;

    /// <param name="terms">Distinct term keys, ascending.</param>
    /// <param name="starts">Where each term's postings start, and one more entry for the end.</param>
    /// <param name="docs">Local ids of the postings.</param>
    /// <param name="frequencies">Per posting, four 4-bit counts, one per <see cref="SearchField"/>.</param>
    /// <param name="lengths">Per local id, four 16-bit field lengths.</param>
    /// <param name="present">Bit set of the local ids indexed.</param>
    /// <param name="docCount">How many bits <paramref name="present"/> has set.</param>
    public SearchBlock(ulong[] terms, int[] starts, ushort[] docs, ushort[] frequencies, ulong[] lengths, ulong[] present, int docCount)
    {
        _terms = terms;
        _starts = starts;
        _docs = docs;
        _frequencies = frequencies;
        _lengths = lengths;
        _present = present;
        DocCount = docCount;
        AssertValid();
    }

    [Conditional("DEBUG")]
    private void AssertValid()
    {
        Debug.Assert(_starts.Length == _terms.Length + 1 && _starts[0] == 0 && _starts[^1] == _docs.Length && _frequencies.Length == _docs.Length);
        Debug.Assert(DocCount == PopCount(_present));
        for (var t = 0; t < _terms.Length; t++)
        {
            Debug.Assert(t == 0 || _terms[t - 1] < _terms[t], "terms ascend");
            Debug.Assert(_starts[t] < _starts[t + 1], "no term without postings");
            for (var p = _starts[t]; p < _starts[t + 1]; p++)
            {
                Debug.Assert(p == _starts[t] || _docs[p - 1] < _docs[p], "a term's nodes ascend, each once");
                Debug.Assert(Contains(_docs[p]) && _frequencies[p] != 0, "postings are of indexed nodes and count something");
            }
        }
    }

    /// <summary>How many nodes the block holds.</summary>
    public int DocCount { get; }

    /// <summary>The distinct terms, ascending.</summary>
    public ReadOnlySpan<ulong> Terms => _terms;

    /// <summary>Where each term's postings start; one entry more than <see cref="Terms"/>.</summary>
    public ReadOnlySpan<int> Starts => _starts;

    /// <summary>The local id of every posting.</summary>
    public ReadOnlySpan<ushort> Docs => _docs;

    /// <summary>The per-field counts of every posting.</summary>
    public ReadOnlySpan<ushort> Frequencies => _frequencies;

    /// <summary>True when the node at <paramref name="local"/> is indexed.</summary>
    public bool Contains(int local) => (_present[local >> 6] & (1UL << local)) != 0;

    /// <summary>The packed field lengths of the node at <paramref name="local"/>.</summary>
    public ulong Lengths(int local) => _lengths[local];

    /// <summary>The length of one field out of packed lengths.</summary>
    public static int Length(ulong lengths, SearchField field) => (int)(lengths >> (16 * (int)field)) & 0xFFFF;

    /// <summary>How often a term occurs in one field, out of a posting's counts.</summary>
    public static int Frequency(ushort frequencies, SearchField field) => (frequencies >> (4 * (int)field)) & 0xF;

    /// <summary>
    /// The postings of every term from <paramref name="clause"/>'s low key to its high key, and whether they belong to
    /// one term (then each node occurs in them once).
    /// </summary>
    public (int Start, int End, bool OneTerm) Find(SearchClause clause)
    {
        var first = LowerBound(_terms, clause.Low);
        var last = clause.IsRange ? UpperBound(_terms, clause.High) : first < _terms.Length && _terms[first] == clause.Low ? first + 1 : first;
        return (_starts[first], _starts[last], last - first == 1);
    }

    /// <summary>How many distinct nodes the postings from <paramref name="start"/> to <paramref name="end"/> hold.</summary>
    public int DistinctDocs(int start, int end, Span<ulong> scratch)
    {
        scratch.Clear();
        var count = 0;
        for (var p = start; p < end; p++)
        {
            var d = _docs[p];
            ref var word = ref scratch[d >> 6];
            var bit = 1UL << d;
            if ((word & bit) == 0)
            {
                word |= bit;
                count++;
            }
        }
        return count;
    }

    /// <summary>True when both blocks hold exactly the same index (incremental updates are checked against rebuilds).</summary>
    public bool ContentEquals(SearchBlock other) =>
        DocCount == other.DocCount && _terms.AsSpan().SequenceEqual(other._terms) && _starts.AsSpan().SequenceEqual(other._starts)
        && _docs.AsSpan().SequenceEqual(other._docs) && _frequencies.AsSpan().SequenceEqual(other._frequencies)
        && _lengths.AsSpan().SequenceEqual(other._lengths) && _present.AsSpan().SequenceEqual(other._present);

    /// <summary>The packed lengths of every local id.</summary>
    internal ReadOnlySpan<ulong> AllLengths => _lengths;

    /// <summary>The bit set of indexed local ids.</summary>
    internal ReadOnlySpan<ulong> Present => _present;

    /// <summary>The approximate bytes the block holds, for measurements.</summary>
    public long Bytes => (_terms.Length * 8L) + (_starts.Length * 4L) + (_docs.Length * 2L) + (_frequencies.Length * 2L) + (_lengths.Length * 8L) + (_present.Length * 8L);

    internal static int PopCount(ReadOnlySpan<ulong> bits)
    {
        var n = 0;
        foreach (var w in bits) n += BitOperations.PopCount(w);
        return n;
    }

    private static int LowerBound(ulong[] keys, ulong key)
    {
        int lo = 0, hi = keys.Length;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (keys[mid] < key) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static int UpperBound(ulong[] keys, ulong key)
    {
        int lo = 0, hi = keys.Length;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (keys[mid] <= key) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
