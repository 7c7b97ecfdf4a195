namespace ResourceHub.Graph.Analytics;

/// <summary>
/// Betweenness centrality over a <see cref="SupportNetwork"/>, by Brandes' algorithm (2001): a breadth-first search from
/// each source counts the shortest paths, and the dependencies are added back from the farthest nodes in. Exact when
/// the network has at most <see cref="BetweennessOptions.ExactMaxNodes"/> nodes; beyond that from a uniform sample of
/// sources (Brandes and Pich 2007), each dependency scaled by n/k, with a Hoeffding bound on the error of every
/// node's normalized score at once (union bound over the n nodes).
/// </summary>
public static class Betweenness
{
    /// <summary>The confidence the stated error bound of a sampled answer holds with.</summary>
    public const double Confidence = 0.95;

    /// <summary>Every node's betweenness (undirected: each unordered pair's shortest paths counted once).</summary>
    public static BetweennessScores Compute(SupportNetwork network, BetweennessOptions options, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(options);
        var n = network.NodeCount;
        var exact = n <= options.ExactMaxNodes || options.Samples >= n;
        // One search visits every node and both ends of every tie: the budget says how many a sample can afford.
        var perSource = (long)n + 2L * network.TieCount;
        var affordable = (int)Math.Clamp(options.WorkBudget / Math.Max(1, perSource), options.MinSamples, options.Samples);
        var sources = exact ? Enumerable.Range(0, n).ToArray() : Sample(n, Math.Min(affordable, n), network.AreaId);
        var total = new double[n];
        // Two workers at most: each its own arrays, added together at the end.
        var workers = Math.Max(1, Math.Min(options.Parallelism, sources.Length / 64 + 1));
        var partials = new double[workers][];
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancel }, w =>
        {
            var work = new Work(n);
            for (var i = w; i < sources.Length; i += workers)
            {
                if ((i & 31) == 0) cancel.ThrowIfCancellationRequested();
                work.Accumulate(network, sources[i]);
            }
            partials[w] = work.Centrality;
        });
        foreach (var part in partials)
        {
            for (var v = 0; v < n; v++) total[v] += part[v];
        }
        // Each unordered pair was counted from both its ends (when both are sources): halve; a sample is scaled up.
        var scale = (exact ? 1.0 : (double)n / sources.Length) / 2;
        for (var v = 0; v < n; v++) total[v] *= scale;
        double? bound = exact ? null : ErrorBound(n, sources.Length);
        return new BetweennessScores(total, exact, sources.Length, bound);
    }

    /// <summary>
    /// The bound ε on the error of every node's normalized betweenness from k of n sources, holding together with
    /// probability <see cref="Confidence"/>: each source's dependency on a node, over n − 2, lies in [0, 1], so by
    /// Hoeffding's inequality (which holds for sampling without replacement) and a union bound over the n nodes,
    /// ε = n/(n − 1) · √(ln(2n/δ) / 2k) with δ = 1 − confidence.
    /// </summary>
    public static double ErrorBound(int nodes, int samples)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nodes, 3);
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        var delta = 1 - Confidence;
        return (double)nodes / (nodes - 1) * Math.Sqrt(Math.Log(2.0 * nodes / delta) / (2.0 * samples));
    }

    /// <summary>Betweenness divided by the number of pairs that could pass through a node, (n − 1)(n − 2)/2: between 0 and 1.</summary>
    public static double Normalized(double betweenness, int nodes) => nodes < 3 ? 0 : betweenness / ((nodes - 1) * (nodes - 2) / 2.0);

    // k distinct sources drawn uniformly, the same for the same area and size (so an answer is stable from one request to
    // the next): a partial Fisher–Yates shuffle.
    private static int[] Sample(int n, int k, long seed)
    {
        var random = new Random(HashCode.Combine(seed, n));
        var all = Enumerable.Range(0, n).ToArray();
        for (var i = 0; i < k; i++)
        {
            var j = random.Next(i, n);
            (all[i], all[j]) = (all[j], all[i]);
        }
        return all[..k];
    }

    private sealed class Work(int n)
    {
        private readonly int[] _distance = new int[n];
        private readonly double[] _paths = new double[n];
        private readonly double[] _dependency = new double[n];
        private readonly int[] _order = new int[n];

        public double[] Centrality { get; } = new double[n];

        public void Accumulate(SupportNetwork g, int source)
        {
            Array.Fill(_distance, -1);
            Array.Clear(_paths);
            Array.Clear(_dependency);
            _distance[source] = 0;
            _paths[source] = 1;
            _order[0] = source;
            int head = 0, tail = 1;
            while (head < tail)
            {
                var v = _order[head++];
                var next = _distance[v] + 1;
                foreach (var w in g.Neighbours(v))
                {
                    if (_distance[w] < 0)
                    {
                        _distance[w] = next;
                        _order[tail++] = w;
                    }
                    if (_distance[w] == next) _paths[w] += _paths[v];
                }
            }
            // Farthest first: each node's predecessors are its neighbours one step nearer the source.
            for (var i = tail - 1; i > 0; i--)
            {
                var w = _order[i];
                var share = (1 + _dependency[w]) / _paths[w];
                var before = _distance[w] - 1;
                foreach (var v in g.Neighbours(w))
                {
                    if (_distance[v] == before) _dependency[v] += _paths[v] * share;
                }
                Centrality[w] += _dependency[w];
            }
        }
    }
}
