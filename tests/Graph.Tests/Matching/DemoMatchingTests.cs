using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Demo;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Matching;
using ResourceHub.Graph.Model;
using Xunit.Abstractions;

namespace ResourceHub.Graph.Tests.Matching;

public sealed class DemoMatchingTests(ITestOutputHelper output)
{
    private static readonly Lazy<NetworkSnapshot> Demo = new(() => InMemoryNetwork.Build(DemoNetwork.Build(), DateTimeOffset.UnixEpoch));

    [Fact]
    public void WhoCanHelp_DemoHomePerformanceNeed_FindsTroupesThatDeliverAtHome()
    {
        var s = Demo.Value;
        var need = s.Nodes<Need>().First(n => n.Status == NeedStatus.Open && n.Categories.Contains("culture.performance.home-delivery"));

        var matches = s.WhoCanHelp(need.Id);

        foreach (var m in matches)
            output.WriteLine($"{m.Score.Total:F3} {m.Helper.Kind} {m.Helper.Name} {m.Reach} hops={m.Hops} km={m.DistanceKm:F1} path={string.Join(" → ", m.Path.Select(p => $"{(p.Via is { } v ? $"[{v} {p.Direction}] " : "")}{s.Node(p.NodeId)!.Name}"))}");
        Assert.NotEmpty(matches);
        Assert.All(matches, m => Assert.True(HelperRules.CategoryFit(m.Helper, NeedSpec.Of(s, need)) > 0));
        Assert.All(matches, m => Assert.Equal(need.Id, m.Path[0].NodeId));
        Assert.Equal(matches.OrderByDescending(m => m.Score.Total).ThenBy(m => m.Helper.Id).Select(m => m.Helper.Id), matches.Select(m => m.Helper.Id));
    }
}
