using ResourceHub.Graph.Access;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Matching;
using ResourceHub.Graph.Model;
using static ResourceHub.Graph.Tests.Matching.MatchingNetwork;

namespace ResourceHub.Graph.Tests.Matching;

/// <summary>whyNot: each rule's verdict for one helper, agreeing with whoCanHelp.</summary>
public sealed class WhyNotTests
{
    private const string Visit = "companionship.visit";

    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    private static WhyNot Ask(NetworkSnapshot s, long need, long helper, MatchOptions? options = null) =>
        WhyNot.Of(AccessPolicy.Everything(s), NeedSpec.Of(s, s.Node<Need>(need)!), s.Node(helper)!, options ?? new MatchOptions());

    private static MatchRule[] Failed(WhyNot answer) => [.. answer.Rules.Where(r => !r.Met).Select(r => r.Rule)];

    [Fact]
    public void EachHelper_FailsExactlyTheRuleItBreaks()
    {
        var net = new MatchingNetwork();
        var other = net.AddNeed(Need(Visit) with { HelpersWanted = 3 });
        var need = net.AddNeed(Need(Visit) with { Window = new TimeWindow { Weekly = WeeklySchedule.Parse("Sat 09-12") }, Mode = NeedMode.Home, Situations = ["disabled"] });
        var good = net.Add(Volunteer("都符合", Visit), home: net.CommunityA);
        var service = net.Add(Volunteer("别的服务", "education.smart-devices"), home: net.CommunityA);
        var situation = net.Add(Volunteer("只服务低保", Visit) with { Situations = ["minimum-income"] }, home: net.CommunityA);
        var far = net.Add(Volunteer("太远", Visit), at: North(40));
        var hours = net.Add(Volunteer("周日", Visit) with { Availability = WeeklySchedule.Parse("Sun 09-12") }, home: net.CommunityA);
        var full = net.Add(Volunteer("满了", Visit) with { Capacity = 1 }, home: net.CommunityA);
        net.Refer(other, full, ReferralStatus.InProgress);
        var declined = net.Add(Volunteer("拒绝过", Visit), home: net.CommunityA);
        net.Refer(need, declined, ReferralStatus.Declined);
        var kit = net.Add(Resource("教具", ResourceKind.Equipment, Visit), home: net.CommunityA);
        var s = net.Build();

        Assert.Empty(Failed(Ask(s, net.Id(need), net.Id(good))));
        Assert.True(Ask(s, net.Id(need), net.Id(good)).Qualifies);
        Assert.Equal([MatchRule.Service], Failed(Ask(s, net.Id(need), net.Id(service))));
        Assert.Equal([MatchRule.Situation], Failed(Ask(s, net.Id(need), net.Id(situation))));
        Assert.Equal([MatchRule.Reach], Failed(Ask(s, net.Id(need), net.Id(far))));
        Assert.Equal([MatchRule.Hours], Failed(Ask(s, net.Id(need), net.Id(hours))));
        Assert.Equal([MatchRule.Capacity], Failed(Ask(s, net.Id(need), net.Id(full))));
        Assert.Equal([MatchRule.Declined], Failed(Ask(s, net.Id(need), net.Id(declined))));
        Assert.Equal([MatchRule.Mode], Failed(Ask(s, net.Id(need), net.Id(kit))));
        Assert.EndsWith("40 km away, beyond its 5 km", Ask(s, net.Id(need), net.Id(far)).Rules.Single(r => r.Rule == MatchRule.Reach).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Reach_OfAHelperTheWalkNeverMet_IsNotTakenFromAnEarlierSearch()
    {
        var net = new MatchingNetwork();
        var near = net.AddNeed(Need(Visit));
        var far = net.AddNeed(Need(Visit), area: net.VillageC);
        var helper = net.Add(Volunteer("社区 A 的志愿者", Visit), home: net.CommunityA);
        var s = net.Build();

        // A search for the need next door marks the helper one link away; the pooled marks then serve the next walk.
        Assert.Single(s.WhoCanHelp(net.Id(near)));
        var answer = Ask(s, net.Id(far), net.Id(helper));

        Assert.Equal([MatchRule.Reach], Failed(answer));
        Assert.False(answer.Qualifies);
    }

    private static string? Show(HelperMatch? m) =>
        m is null ? null : $"{m.Helper.Id} {m.Score} {m.Reach} {m.Hops} {m.DistanceKm} [{string.Join(' ', m.Path.Select(p => $"{p.Via}{p.Direction}:{p.NodeId}"))}]";

    [Fact]
    public void OnTheDemo_EveryRuleMet_ExactlyWhenWhoCanHelpFindsTheHelper_WithTheSameMatch()
    {
        var s = InMemoryNetwork.Build(Graph.Demo.DemoNetwork.Build(), Now);
        var policy = AccessPolicy.Everything(s);
        var helpers = s.Nodes().Where(HelperRules.IsHelper).ToList();
        int qualified = 0, refused = 0;
        foreach (var need in s.Nodes<Need>().Where(n => n.Status == NeedStatus.Open).Take(12))
        {
            var spec = NeedSpec.Of(s, need);
            foreach (var helper in helpers.Where((_, i) => i % 7 == need.Id % 7))
            {
                var answer = WhyNot.Of(policy, spec, helper, new MatchOptions());
                var found = HelpFinder.Find(policy, spec, new MatchOptions { First = 1 }, n => n.Id == helper.Id).SingleOrDefault();
                Assert.Equal(found is not null, answer.Rules.All(r => r.Met));
                Assert.Equal(Show(found), Show(answer.Match));
                if (found is null) refused++;
                else qualified++;
            }
        }
        Assert.True(qualified > 10 && refused > 10, $"{qualified} qualified, {refused} refused: the sample must hold both");
    }
}
