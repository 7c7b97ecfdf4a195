using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Search;

/// <summary>
/// Answers one query over a <see cref="SearchIndex"/>. A node's score is BM25F over the query's terms (the fields
/// weighted — name 3, services 1.5, description 1, details 0.5 — each length-normalised against its average), times a
/// phrase bonus: ×3 when its name is the query, ×2 when its name holds the query as written, ×1.5 when another
/// property does. Chinese bigrams make a contiguous match score more terms than a scattered one (智能手机 has 能手,
/// 智能…手机 has not). Ties go to the smaller node id.
/// </summary>
/// <remarks>
/// The phrase bonus needs the node's text only when the index says it is possible but cannot tell for sure (every term
/// of a longer query in one field, or a name exactly as long as the query); candidates are taken best bound first and checked only while they can still
/// enter the top <c>first</c>, so the text of few nodes is read. The caller's filter is asked in the same order.
/// </remarks>
internal static class SearchRanker
{
    private const int Size = SearchBlock.Size;
    private const int Fields = 4;
    private const double K1 = 1.2;
    private const double ExactNameBoost = 3.0;
    private const double NamePhraseBoost = 2.0;
    private const double PhraseBoost = 1.5;

    // Per field (Name, Description, Services, Details): weight, and how much its length counts (BM25's b).
    private static readonly double[] Weights = [3.0, 1.0, 1.5, 0.5];
    private static readonly double[] LengthEffect = [0.5, 0.75, 0.5, 0.5];

    private static readonly Comparer<Candidate> BestFirst = Comparer<Candidate>.Create((x, y) =>
        y.Upper.CompareTo(x.Upper) is var c and not 0 ? c : x.Id.CompareTo(y.Id));

    private static readonly Comparer<Candidate> WorstCandidateFirst = Comparer<Candidate>.Create((x, y) => BestFirst.Compare(y, x));

    private static readonly Comparer<(double Score, long Id)> WorstFirst = Comparer<(double Score, long Id)>.Create((x, y) =>
        x.Score.CompareTo(y.Score) is var c and not 0 ? c : y.Id.CompareTo(x.Id));

    /// <summary>The best <paramref name="first"/> nodes for the query that <paramref name="allow"/> lets through, best first.</summary>
    public static IReadOnlyList<SearchHit> Rank(NetworkSnapshot snapshot, SearchIndex index, SearchQuery query, int first, Func<Node, bool>? allow)
    {
        var clauses = query.Clauses;
        if (clauses.Count == 0 || first == 0 || index.DocCount == 0) return [];

        // Pass 1: where each clause's postings are in each block, and in how many nodes it occurs.
        var entries = new List<(long Block, int Clause, int Start, int End)>();
        var df = new int[clauses.Count];
        Span<ulong> scratch = stackalloc ulong[Size / 64];
        for (long b = 0; b < index.BlockCount; b++)
        {
            if (index.Block(b) is not { } block) continue;
            for (var c = 0; c < clauses.Count; c++)
            {
                var (start, end, oneTerm) = block.Find(clauses[c]);
                if (end == start) continue;
                entries.Add((b, c, start, end));
                df[c] += oneTerm ? end - start : block.DistinctDocs(start, end, scratch);
            }
        }
        if (entries.Count == 0) return [];

        double n = index.DocCount;
        var idf = new double[clauses.Count];
        for (var c = 0; c < clauses.Count; c++) idf[c] = Math.Log(1 + ((n - df[c] + 0.5) / (df[c] + 0.5)));
        var norms = new (double Fixed, double PerTerm)[Fields];
        for (var f = 0; f < Fields; f++)
        {
            var average = index.Lengths[(SearchField)f] / n;
            norms[f] = average > 0 ? (1 - LengthEffect[f], LengthEffect[f] / average) : (1, 0);
        }

        // Pass 2: score the nodes of each block that hold any clause.
        var scorer = new BlockScorer(snapshot, query, idf, norms, first, allow);
        var tf = new int[Size * Fields];
        var inClause = new List<int>();
        var seenInClause = new bool[Size];
        for (var e = 0; e < entries.Count;)
        {
            var b = entries[e].Block;
            var block = index.Block(b)!;
            var docs = block.Docs;
            var frequencies = block.Frequencies;
            for (; e < entries.Count && entries[e].Block == b; e++)
            {
                var (_, c, start, end) = entries[e];
                if (!clauses[c].IsRange)
                {
                    for (var p = start; p < end; p++) scorer.Add(block, c, docs[p], frequencies[p]);
                    continue;
                }
                // A range of keys (a character alone) may hold a node several times: add its counts up first.
                for (var p = start; p < end; p++)
                {
                    int d = docs[p], fr = frequencies[p];
                    if (!seenInClause[d])
                    {
                        seenInClause[d] = true;
                        inClause.Add(d);
                    }
                    for (var f = 0; f < Fields; f++) tf[(d * Fields) + f] += (fr >> (4 * f)) & 0xF;
                }
                foreach (var d in inClause)
                {
                    seenInClause[d] = false;
                    var counts = tf.AsSpan(d * Fields, Fields);
                    var fr = 0;
                    for (var f = 0; f < Fields; f++) fr |= Math.Min(counts[f], SearchBlock.MaxFrequency) << (4 * f);
                    counts.Clear();
                    scorer.Add(block, c, d, fr);
                }
                inClause.Clear();
            }
            scorer.Flush(b, block);
        }
        return Select(snapshot, query, scorer.Candidates, first, allow);
    }

    private static List<SearchHit> Select(NetworkSnapshot snapshot, SearchQuery query, List<Candidate> candidates, int first, Func<Node, bool>? allow)
    {
        var best = new PriorityQueue<(long Id, Node Node), (double Score, long Id)>(WorstFirst);
        // Candidates are taken best bound first, a batch at a time (most searches end within the first batch); once
        // one cannot beat the worst hit kept, none after it can.
        var done = 0;
        for (var batch = (int)Math.Clamp(first * 2L, 64, int.MaxValue); done < candidates.Count; batch = (int)Math.Min(int.MaxValue, batch * 4L))
        {
            var next = Best(candidates, batch);
            for (var i = done; i < next.Count; i++)
            {
                var c = next[i];
                if (best.Count == first && best.TryPeek(out _, out var worst) && WorstFirst.Compare((c.Upper, c.Id), worst) < 0)
                    return Hits(snapshot, best, query);
                if (snapshot.Node(c.Id) is not { } node || (!c.Allowed && allow is not null && !allow(node))) continue;
                var final = c.Verify ? c.Base * Math.Min(TextBoost(snapshot, node, query), c.Bound) : c.Upper;
                if (best.Count < first) best.Enqueue((c.Id, node), (final, c.Id));
                else if (best.TryPeek(out _, out var kept) && WorstFirst.Compare((final, c.Id), kept) > 0) best.DequeueEnqueue((c.Id, node), (final, c.Id));
            }
            done = next.Count;
        }
        return Hits(snapshot, best, query);
    }

    // The best `count` candidates, best first, in one pass that keeps only them.
    private static List<Candidate> Best(List<Candidate> candidates, int count)
    {
        var heap = new PriorityQueue<Candidate, Candidate>(Math.Min(count, candidates.Count) + 1, WorstCandidateFirst);
        foreach (var c in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(candidates))
        {
            if (heap.Count < count) heap.Enqueue(c, c);
            else if (BestFirst.Compare(c, heap.Peek()) < 0) heap.DequeueEnqueue(c, c);
        }
        var best = new List<Candidate>(heap.Count);
        while (heap.TryDequeue(out var c, out _)) best.Add(c);
        best.Reverse();
        return best;
    }

    private static List<SearchHit> Hits(NetworkSnapshot snapshot, PriorityQueue<(long Id, Node Node), (double Score, long Id)> best, SearchQuery query)
    {
        var hits = new List<SearchHit>(best.Count);
        while (best.TryDequeue(out var hit, out var priority)) hits.Add(new SearchHit(hit.Id, priority.Score, MatchedFields(snapshot, hit.Node, query)));
        hits.Reverse();
        return hits;
    }

    // The phrase bonus read from the node's text; bounded by what the index allows, so it is the same however found.
    private static double TextBoost(NetworkSnapshot snapshot, Node node, SearchQuery query)
    {
        var boost = 1.0;
        foreach (var property in SearchDocument.Properties(node, snapshot.IsPersonalNeed(node.Id)))
        {
            var compact = SearchText.Compact(property.Text);
            if (property.Field == SearchField.Name)
            {
                if (compact == query.Compact) return ExactNameBoost;
                if (compact.Contains(query.Compact, StringComparison.Ordinal)) boost = NamePhraseBoost;
            }
            else if (boost < PhraseBoost && compact.Contains(query.Compact, StringComparison.Ordinal))
            {
                boost = PhraseBoost;
            }
        }
        return boost;
    }

    private static List<string> MatchedFields(NetworkSnapshot snapshot, Node node, SearchQuery query)
    {
        var fields = new List<string>();
        var terms = new List<ulong>();
        foreach (var property in SearchDocument.Properties(node, snapshot.IsPersonalNeed(node.Id)))
        {
            if (!fields.Contains(property.Name) && Holds(SearchDocument.Terms(property, terms), query)) fields.Add(property.Name);
        }
        return fields;
    }

    private static bool Holds(ReadOnlySpan<ulong> terms, SearchQuery query)
    {
        foreach (var t in terms)
        {
            foreach (var c in query.Clauses)
            {
                if (c.Matches(t)) return true;
            }
        }
        return false;
    }

    /// <summary>Adds up the clauses' scores of the nodes of one block, then turns each node into a candidate.</summary>
    /// <remarks>
    /// A node's score is at least its base (its bound when the index settles the bonus), so the <c>first</c> best such
    /// scores of allowed nodes make a floor: a node whose bound is below it cannot be a hit and is dropped at once. That keeps the candidates few even when a term is in
    /// half the network; the caller's filter is asked only of nodes that raise the floor.
    /// </remarks>
    private sealed class BlockScorer(NetworkSnapshot snapshot, SearchQuery query, double[] idf, (double Fixed, double PerTerm)[] norms,
        int first, Func<Node, bool>? allow)
    {
        private readonly PriorityQueue<long, double> _floor = new();
        private readonly double[] _score = new double[Size];
        private readonly int[] _fieldClauses = new int[Size * Fields];
        private readonly bool[] _seen = new bool[Size];
        private readonly List<int> _nodes = [];

        public List<Candidate> Candidates { get; } = [];

        /// <summary>Adds clause <paramref name="c"/>'s BM25F score for local node <paramref name="d"/>, which holds it <paramref name="frequencies"/> times per field.</summary>
        public void Add(SearchBlock block, int c, int d, int frequencies)
        {
            var lengths = block.Lengths(d);
            double weighted = 0;
            for (var f = 0; f < Fields; f++)
            {
                var count = (frequencies >> (4 * f)) & 0xF;
                if (count == 0) continue;
                var norm = norms[f].Fixed + (norms[f].PerTerm * SearchBlock.Length(lengths, (SearchField)f));
                weighted += Weights[f] * count / norm;
                _fieldClauses[(d * Fields) + f]++;
            }
            _score[d] += idf[c] * weighted * (K1 + 1) / (K1 + weighted);
            if (!_seen[d])
            {
                _seen[d] = true;
                _nodes.Add(d);
            }
        }

        /// <summary>Turns every node added since the last flush into a candidate and forgets it.</summary>
        public void Flush(long b, SearchBlock block)
        {
            var all = query.Clauses.Count;
            // In id order, so that a node merely tying the floor can be dropped: the nodes holding it came first.
            _nodes.Sort();
            foreach (var d in _nodes)
            {
                var counts = _fieldClauses.AsSpan(d * Fields, Fields);
                var nameAll = counts[0] == all;
                var otherAll = counts[1] == all || counts[2] == all || counts[3] == all;
                var exact = nameAll && SearchBlock.Length(block.Lengths(d), SearchField.Name) == query.DocumentTermCount;
                var bound = exact ? ExactNameBoost : nameAll ? NamePhraseBoost : otherAll ? PhraseBoost : 1.0;
                var id = (b << SearchBlock.Shift) | (long)d;
                // With one clause, holding it is holding the query as written; only a whole-name match is read to be sure.
                var verify = all > 1 ? bound > 1.0 : exact;
                var candidate = new Candidate(id, _score[d], bound, verify, Allowed: false);
                _seen[d] = false;
                _score[d] = 0;
                counts.Clear();
                var floor = _floor.Count == first && _floor.TryPeek(out _, out var f) ? f : double.NegativeInfinity;
                if (candidate.Upper <= floor) continue;
                var sure = verify ? candidate.Base : candidate.Upper;
                if (sure > floor)
                {
                    if (allow is not null && !allow(snapshot.Node(id)!)) continue;
                    candidate = candidate with { Allowed = true };
                    if (_floor.Count < first) _floor.Enqueue(id, sure);
                    else _floor.DequeueEnqueue(id, sure);
                }
                Candidates.Add(candidate);
            }
            _nodes.Clear();
        }
    }

    /// <summary>A node that holds a clause: its score before the phrase bonus, the largest bonus the index allows, and whether the text must be read to grant it.</summary>
    private readonly record struct Candidate(long Id, double Base, double Bound, bool Verify, bool Allowed)
    {
        public double Upper => Base * Bound;
    }
}
