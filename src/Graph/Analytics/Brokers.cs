using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Analytics;

/// <summary>Who holds an area's support network together: betweenness centrality of its organizations and social workers.</summary>
public static class Brokers
{
    private static readonly ConditionalWeakTable<SupportNetwork, ConcurrentDictionary<(int, int, long), BetweennessScores>> Measured = [];

    /// <summary>The <paramref name="first"/> organizations and social workers with the highest betweenness in the area's support network.</summary>
    public static BrokerRanking Rank(NetworkSnapshot snapshot, long areaId, int first, BetweennessOptions options, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        var network = SupportNetwork.Of(snapshot, areaId);
        var scores = Scores(network, options, cancel);
        var n = network.NodeCount;
        var brokers = new List<Broker>();
        for (var i = 0; i < n; i++)
        {
            if (snapshot.KindOf(network.Ids[i]) is not (NodeKind.Organization or NodeKind.SocialWorker)) continue;
            var score = scores.Scores[i];
            brokers.Add(new Broker(network.Ids[i], score, Betweenness.Normalized(score, n), network.Neighbours(i).Length));
        }
        var top = brokers.OrderByDescending(b => b.Betweenness).ThenBy(b => b.NodeId).Take(first).ToList();
        return new BrokerRanking(areaId, n, network.TieCount, scores.Exact, scores.Sources, scores.ErrorBound, top);
    }

    /// <summary>Every node's betweenness in the network (measured once per network and options, then kept with it).</summary>
    public static BetweennessScores Scores(SupportNetwork network, BetweennessOptions options, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(options);
        var kept = Measured.GetValue(network, _ => new());
        var key = (options.ExactMaxNodes, options.Samples, options.WorkBudget);
        if (kept.TryGetValue(key, out var scores)) return scores;
        scores = Betweenness.Compute(network, options, cancel);
        return kept.GetOrAdd(key, scores);
    }
}
