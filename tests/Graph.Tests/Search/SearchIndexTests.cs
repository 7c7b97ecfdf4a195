using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Search;
using ResourceHub.Graph.Taxonomy;
using static ResourceHub.Graph.Tests.Search.SearchFixture;

// Random picks reproducible changes from a seed, nothing secret.
#pragma warning disable CA5394

namespace ResourceHub.Graph.Tests.Search;

public sealed class SearchIndexTests
{
    private static readonly string[] Queries = ["智能手机", "合唱", "书", "助餐", "smart devices", "老年大学", "送节目上门", "社区", "meal.help"];

    private static NetworkSnapshot RenameAndDelete(out NetworkSnapshot before)
    {
        var network = Network(Organization("智能手机课堂"), Organization("合唱团"), Organization("智能手机维修"));
        before = network;
        return Apply(network, set => set
            .Update(network.Node<Organization>(1)! with { Name = "书法绘画班", Description = "每周二上午" })
            .Delete(3, network.Node(3)!.Version));
    }

    [Fact]
    public void Search_AfterRenameAndDelete_FindsTheNewNameAndNotTheOld()
    {
        var after = RenameAndDelete(out var before);

        Assert.Equal(["智能手机课堂", "智能手机维修"], Names(before, "智能手机"));
        Assert.Empty(after.Search("智能手机", 10));
        Assert.Equal(["书法绘画班"], Names(after, "书法"));
        Assert.Equal(["书法绘画班"], Names(after, "每周二"));
        Assert.Empty(after.Search("维修", 10));
    }

    [Fact]
    public void Search_AfterRenameAndDelete_SameAsOverAFreshlyBuiltSnapshot()
    {
        var after = RenameAndDelete(out _);
        var rebuilt = Rebuilt(after);

        foreach (var q in Queries.Append("书法").Append("合唱团"))
            Assert.Equal(Hits(rebuilt, q), Hits(after, q));
        Assert.True(after.SearchIndex.ContentEquals(rebuilt.SearchIndex));
    }

    [Fact]
    public void Apply_RandomChangesToTheDemoNetwork_SameIndexAsRebuilt()
    {
        var random = new Random(7);
        var words = new[] { "智能手机", "合唱", "书法", "助餐", "Smart", "舞蹈", "送节目上门", "老年大学", "探访", "ＡＩ" };
        var codes = ServiceCodes();
        var snapshot = DemoSnapshot;
        var applied = 0;
        for (var step = 0; step < 25; step++)
        {
            var indexed = snapshot.Nodes().Where(n => NetworkSearch.IndexedKinds.Contains(n.Kind)).ToList();
            var set = new ChangeSet();
            for (var k = random.Next(1, 4); k > 0; k--)
            {
                var target = indexed[random.Next(indexed.Count)];
                string Text() => $"{words[random.Next(words.Length)]}{random.Next(100)} {words[random.Next(words.Length)]}";
                switch (random.Next(5))
                {
                    case 0: set.Update(target with { Name = Text() }); break;
                    case 1: set.Update(target with { Description = random.Next(3) == 0 ? null : Text() }); break;
                    case 2:
                        if (target is Organization o) set.Update(o with { Services = [codes[random.Next(codes.Length)]] });
                        break;
                    case 3: set.Create(Organization(Text(), Text(), codes[random.Next(codes.Length)])); break;
                    default: set.Delete(target.Id, target.Version); break;
                }
            }
            try
            {
                snapshot = InMemoryNetwork.Apply(snapshot, set, Now);
                applied++;
            }
            catch (ArgumentException)
            {
                // Refused (a node deleted that others refer to, or touched twice): the network is unchanged.
                continue;
            }
            Assert.True(snapshot.SearchIndex.ContentEquals(SearchIndex.Build(ById(snapshot), snapshot.IsPersonalNeed)), $"index differs from a rebuild after step {step}");
        }
        Assert.True(applied >= 12, $"only {applied} change sets were accepted");
        var final = Rebuilt(snapshot);
        foreach (var q in Queries) Assert.Equal(Hits(final, q), Hits(snapshot, q));
    }

    [Fact]
    public void Apply_OnlyAnElderChanged_KeepsTheSameIndex()
    {
        var before = Network(Organization("合唱团"), Elder("张某兰"));

        var after = Apply(before, set => set.Update(before.Node<Elder>(2)! with { Name = "张某芳" }));

        Assert.Same(before.SearchIndex, after.SearchIndex);
        Assert.NotSame(before, after);
    }

    private static Node?[] ById(NetworkSnapshot snapshot)
    {
        var byId = new Node?[snapshot.Nodes().Max(n => n.Id) + 1];
        foreach (var n in snapshot.Nodes()) byId[n.Id] = n;
        return byId;
    }

    private static string[] ServiceCodes() => ServiceTaxonomy.Services.Select(t => t.Code).ToArray();

    private static List<(long, double, string)> Hits(NetworkSnapshot snapshot, string text) =>
        snapshot.Search(text, 50).Select(h => (h.NodeId, h.Score, string.Join(",", h.MatchedFields))).ToList();
}
