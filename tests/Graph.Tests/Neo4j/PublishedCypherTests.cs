using ResourceHub.Graph.Access;
using ResourceHub.Graph.Analytics;
using ResourceHub.Graph.Demo;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Matching;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Persistence.Neo4j;
using ResourceHub.Graph.Query;
using ResourceHub.Graph.Taxonomy;
using ResourceHub.Graph.Tests.Persistence;

namespace ResourceHub.Graph.Tests.Neo4j;

/// <summary>
/// The Cypher published in docs/cypher for those who query Neo4j directly, run against a live Neo4j 3.1.1 that holds the
/// demo network of 望城区 (written by the hub's Neo4j store), agrees with the hub's own answers on it: whoCanHelp's
/// network reach for every need, linkage coverage for every community, and brokers' ties for every district and
/// township. The same files pass Neo4j's linter as current Cypher.
/// </summary>
public sealed class PublishedCypherTests
{
    private static string Query(string name) => File.ReadAllText(Path.Combine(Path.GetDirectoryName(Neo4jServer.Tools)!, "..", "..", "..", "docs", "cypher", name + ".cypher"));

    private static readonly string[] Files = ["who-can-help-reach", "linkage-coverage", "broker-neighbourhoods"];

    [SkippableFact]
    public async Task PublishedCypher_OnTheDemoNetwork_AgreesWithTheHub()
    {
        await using var t = await TestStore.CreateAsync(TestStore.Neo4jStore);
        var seeded = await t.Writer.CommitAsync(DemoNetwork.Build(), DemoNetwork.Actor);
        Assert.True(seeded.Succeeded, string.Join("; ", seeded.Errors.Take(3)));
        var s = t.Index.Current;
        var client = ((Neo4jNetworkStore)t.Store).Client;

        // whoCanHelp's network reach, for every need: the helpers the engine's walk meets, with their hops.
        var policy = AccessPolicy.Everything(s);
        var options = new MatchOptions();
        var reach = Query("who-can-help-reach");
        var needs = s.Nodes().OfType<Need>().ToList();
        var compared = 0;
        foreach (var need in needs)
        {
            var spec = policy.SpecOf(need);
            var related = ServiceSet.Related(need.Categories);
            var engine = s.Nodes().Where(n => HelperRules.IsHelper(n) && ServiceSet.Of(NodeFacets.Services(n)).Overlaps(related))
                .Select(h => (h.Id, HelpFinder.ReachOf(policy, spec, options, h).Hops))
                .Where(x => x.Hops is > 0).Select(x => (x.Id, x.Hops!.Value)).OrderBy(x => x.Id).ToList();
            var rows = (await client.RunAsync(reach, new Dictionary<string, object?> { ["need"] = need.Id, ["categories"] = need.Categories.ToList() })).Rows;
            var cypher = rows.Select(r => (r[0].GetInt64(), r[3].GetInt32())).OrderBy(x => x.Item1).ToList();
            Assert.True(engine.SequenceEqual(cypher), $"need {need.Id} {need.Name}: engine {string.Join(",", engine)} / cypher {string.Join(",", cypher)}");
            compared += engine.Count;
        }
        Assert.True(compared > needs.Count, $"only {compared} helpers reached over {needs.Count} needs: the comparison says little");

        // Linkage coverage for every community.
        var coverage = (await client.RunAsync(Query("linkage-coverage"))).Rows
            .ToDictionary(r => r[0].GetInt64(), r => new LinkageCoverage(r[2].GetBoolean(), r[3].GetBoolean(), r[4].GetBoolean(), r[5].GetBoolean(), r[6].GetBoolean()));
        var communities = s.Nodes().OfType<Area>().Where(a => a.Level == AreaLevel.Community).ToList();
        Assert.Equal(communities.Select(c => c.Id).Order(), coverage.Keys.Order());
        Assert.All(communities, c => Assert.Equal(s.Coverage(c.Id), coverage[c.Id]));
        Assert.Contains(coverage.Values, c => c.Complete);
        Assert.Contains(coverage.Values, c => !c.Complete);

        // Brokers' ties, for the district and every township.
        var brokers = Query("broker-neighbourhoods");
        foreach (var area in s.Nodes().OfType<Area>().Where(a => a.Level is AreaLevel.District or AreaLevel.Township))
        {
            var network = SupportNetwork.Of(s, area.Id);
            var ranking = Brokers.Rank(s, area.Id, int.MaxValue, new BetweennessOptions());
            var rows = (await client.RunAsync(brokers, new Dictionary<string, object?> { ["area"] = area.Id })).Rows
                .ToDictionary(r => r[0].GetInt64(), r => (Ties: r[2].GetInt32(), Neighbours: r[3].EnumerateArray().Select(e => e.GetInt64()).Order().ToList()));
            Assert.Equal(ranking.Brokers.Select(b => b.NodeId).Order(), rows.Keys.Order());
            foreach (var b in ranking.Brokers)
            {
                var expected = network.Neighbours(network.IndexOf(b.NodeId)).ToArray().Select(i => network.Ids[i]).Order().ToList();
                Assert.Equal(b.Ties, rows[b.NodeId].Ties);
                Assert.Equal(expected, rows[b.NodeId].Neighbours);
            }
        }
    }

    [SkippableFact]
    public async Task PublishedCypher_HasNoLinterErrors() => await CypherLint.AssertNoErrorsAsync([.. Files.Select(Query)]);
}
