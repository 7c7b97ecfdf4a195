using ResourceHub.Graph.Analytics;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Tests.Matching;

namespace ResourceHub.Graph.Tests.Analytics;

/// <summary>
/// Betweenness against answers worked out by hand (a chain, a star) and against a brute-force count over every pair
/// (shortest paths through v are those with d(s,v) + d(v,t) = d(s,t), σ_sv·σ_vt of them) on random networks; a
/// sample stays within the error bound it states.
/// </summary>
public sealed class BetweennessTests
{
    // Organizations o1 … o5 in community A, partners in a chain o1 — o2 — o3 — o4 — o5.
    private static (MatchingNetwork Net, long[] Orgs) Chain()
    {
        var net = new MatchingNetwork();
        var orgs = Enumerable.Range(1, 5).Select(i => net.Add(MatchingNetwork.Organization($"o{i}", "companionship.visit"), home: net.CommunityA)).ToArray();
        for (var i = 0; i + 1 < orgs.Length; i++) net.Link(LinkType.PartnersWith, orgs[i], orgs[i + 1]);
        net.Build();
        return (net, net.Ids(orgs));
    }

    [Fact]
    public void Chain_PassesThreeFourAndThreePairsThroughItsInnerLinks()
    {
        var (net, orgs) = Chain();
        var network = SupportNetwork.Of(net.Snapshot, net.Id(net.District));

        var scores = Betweenness.Compute(network, new BetweennessOptions());

        Assert.True(scores.Exact);
        Assert.Equal([0, 3, 4, 3, 0], orgs.Select(o => scores.Scores[network.IndexOf(o)]));
        // Six areas and the station (tied to its township by SERVES) and the five: 12 nodes, 4 + 1 ties.
        Assert.Equal((12, 5), (network.NodeCount, network.TieCount));
        Assert.Equal(4.0 / 55, Betweenness.Normalized(4, network.NodeCount), 12);
    }

    [Fact]
    public void Star_PassesEveryPairOfLeavesThroughItsCentre()
    {
        var net = new MatchingNetwork();
        var centre = net.Add(MatchingNetwork.Organization("中心", "companionship.visit"), home: net.CommunityA);
        var leaves = Enumerable.Range(1, 6).Select(i => net.Add(MatchingNetwork.Volunteer($"v{i}", "companionship.visit"), home: net.CommunityA)).ToArray();
        foreach (var leaf in leaves) net.Link(LinkType.MemberOf, leaf, centre);
        net.Build();

        var ranking = Brokers.Rank(net.Snapshot, net.Id(net.District), 10, new BetweennessOptions());

        // 6 leaves: 15 pairs, each through the centre alone; the volunteers are no brokers (only organizations and social workers are ranked).
        var top = ranking.Brokers[0];
        Assert.Equal((net.Id(centre), 15.0, 6), (top.NodeId, top.Betweenness, top.Ties));
        Assert.All(ranking.Brokers, b => Assert.Contains(net.Snapshot.Node(b.NodeId)!.Kind, new[] { NodeKind.Organization, NodeKind.SocialWorker }));
        Assert.True(ranking.Exact);
        Assert.Null(ranking.ErrorBound);
    }

    [Fact]
    public void TwoLinksBetweenOnePair_AreOneTie_AndResidenceIsNone()
    {
        var net = new MatchingNetwork();
        var a = net.Add(MatchingNetwork.Organization("甲", "companionship.visit"), home: net.CommunityA);
        var b = net.Add(MatchingNetwork.Organization("乙", "companionship.visit"), home: net.CommunityA);
        net.Link(LinkType.PartnersWith, a, b);
        net.Link(LinkType.Trains, b, a);
        net.Build();

        var network = SupportNetwork.Of(net.Snapshot, net.Id(net.District));

        var ia = network.IndexOf(net.Id(a));
        Assert.Equal([network.IndexOf(net.Id(b))], network.Neighbours(ia).ToArray());
        // Community A holds both (LOCATED_IN) but is tied to neither.
        Assert.Empty(network.Neighbours(network.IndexOf(net.Id(net.CommunityA))).ToArray());
    }

    [Theory]
    [InlineData(1, 25, 40)]
    [InlineData(2, 40, 70)]
    [InlineData(3, 60, 150)]
    public void Exact_AgreesWithABruteForceCountOverEveryPair(int seed, int orgs, int links)
    {
        var (net, _) = RandomNetwork(seed, orgs, links);
        var network = SupportNetwork.Of(net.Snapshot, net.Id(net.District));

        var scores = Betweenness.Compute(network, new BetweennessOptions());
        var brute = BruteForce(network);

        for (var v = 0; v < network.NodeCount; v++) Assert.Equal(brute[v], scores.Scores[v], 9);
        Assert.Contains(brute, b => b > 0);
    }

    [Fact]
    public void Sample_StaysWithinTheErrorBoundItStates()
    {
        var (net, _) = RandomNetwork(7, 300, 700);
        var network = SupportNetwork.Of(net.Snapshot, net.Id(net.District));
        var exact = Betweenness.Compute(network, new BetweennessOptions());

        var sampled = Betweenness.Compute(network, new BetweennessOptions { ExactMaxNodes = 50, Samples = 60 });

        Assert.False(sampled.Exact);
        Assert.Equal(60, sampled.Sources);
        Assert.Equal(Betweenness.ErrorBound(network.NodeCount, 60), sampled.ErrorBound);
        var n = network.NodeCount;
        var worst = Enumerable.Range(0, n).Max(v => Math.Abs(Betweenness.Normalized(sampled.Scores[v], n) - Betweenness.Normalized(exact.Scores[v], n)));
        Assert.True(worst <= sampled.ErrorBound, $"worst error {worst} over the bound {sampled.ErrorBound}");
        // The estimate is an estimate of these scores, not of others: the best broker by sample is among the exact top five.
        var top = Enumerable.Range(0, n).OrderByDescending(v => exact.Scores[v]).Take(5).ToHashSet();
        Assert.Contains(Enumerable.Range(0, n).MaxBy(v => sampled.Scores[v]), top);
        // The same area and size draw the same sources: a second answer is the first.
        Assert.Equal(sampled.Scores, Betweenness.Compute(network, new BetweennessOptions { ExactMaxNodes = 50, Samples = 60 }).Scores);
    }

    [Fact]
    public void ANetworkTooLargeForTheWorkBudget_IsSampledFromFewerSources_AndItsBoundSaysSo()
    {
        var (net, _) = RandomNetwork(11, 200, 400);
        var network = SupportNetwork.Of(net.Snapshot, net.Id(net.District));
        var perSource = network.NodeCount + 2L * network.TieCount;

        var roomy = Betweenness.Compute(network, new BetweennessOptions { ExactMaxNodes = 10, Samples = 100, MinSamples = 5, WorkBudget = 100 * perSource });
        var tight = Betweenness.Compute(network, new BetweennessOptions { ExactMaxNodes = 10, Samples = 100, MinSamples = 5, WorkBudget = 20 * perSource });
        var floor = Betweenness.Compute(network, new BetweennessOptions { ExactMaxNodes = 10, Samples = 100, MinSamples = 5, WorkBudget = 1 });

        Assert.Equal((100, 20, 5), (roomy.Sources, tight.Sources, floor.Sources));
        Assert.True(tight.ErrorBound > roomy.ErrorBound);
        Assert.Equal(Betweenness.ErrorBound(network.NodeCount, 20), tight.ErrorBound);
    }

    [Fact]
    public void ErrorBound_ShrinksWithTheSquareRootOfTheSample()
    {
        Assert.Equal(2, Betweenness.ErrorBound(10_000, 100) / Betweenness.ErrorBound(10_000, 400), 9);
        Assert.Equal(10_000.0 / 9_999 * Math.Sqrt(Math.Log(2 * 10_000 / 0.05) / 200), Betweenness.ErrorBound(10_000, 100), 12);
    }

    // Organizations in the communities of the district, partners at random, some serving a community.
    internal static (MatchingNetwork Net, long[] Orgs) RandomNetwork(int seed, int orgs, int links)
    {
        var random = new Random(seed);
        var net = new MatchingNetwork();
        long[] communities = [net.CommunityA, net.CommunityB, net.VillageC];
        var ids = Enumerable.Range(0, orgs).Select(i => net.Add(MatchingNetwork.Organization($"组织{i}", "companionship.visit"), home: communities[i % 3])).ToArray();
        var pairs = new HashSet<(int, int)>();
        while (pairs.Count < links)
        {
            var (a, b) = (random.Next(orgs), random.Next(orgs));
            if (a != b && pairs.Add((Math.Min(a, b), Math.Max(a, b)))) net.Link(LinkType.PartnersWith, ids[a], ids[b]);
        }
        for (var i = 0; i < orgs; i += 7) net.Link(LinkType.Serves, ids[i], communities[random.Next(3)]);
        net.Build();
        return (net, net.Ids(ids));
    }

    // Every pair s < t: the number of shortest paths from s to t, and through v, by distances from every node.
    private static double[] BruteForce(SupportNetwork g)
    {
        var n = g.NodeCount;
        var distance = new int[n][];
        var paths = new double[n][];
        for (var s = 0; s < n; s++)
        {
            distance[s] = Enumerable.Repeat(-1, n).ToArray();
            paths[s] = new double[n];
            distance[s][s] = 0;
            paths[s][s] = 1;
            var queue = new Queue<int>([s]);
            while (queue.TryDequeue(out var v))
            {
                foreach (var w in g.Neighbours(v))
                {
                    if (distance[s][w] < 0)
                    {
                        distance[s][w] = distance[s][v] + 1;
                        queue.Enqueue(w);
                    }
                    if (distance[s][w] == distance[s][v] + 1) paths[s][w] += paths[s][v];
                }
            }
        }
        var result = new double[n];
        for (var s = 0; s < n; s++)
        {
            for (var t = s + 1; t < n; t++)
            {
                if (distance[s][t] < 0) continue;
                for (var v = 0; v < n; v++)
                {
                    if (v == s || v == t || distance[s][v] < 0 || distance[v][t] < 0) continue;
                    if (distance[s][v] + distance[v][t] == distance[s][t]) result[v] += paths[s][v] * paths[v][t] / paths[s][t];
                }
            }
        }
        return result;
    }
}
