using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Privacy;

namespace ResourceHub.Graph.Tests.Privacy;

/// <summary>An elder's erasure passes the write path's rules, also where the elder's referrals keep reasons in their history.</summary>
public sealed class ElderErasureTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Erasure_OfAnElderWhoseReferralsGaveReasons_ReplacesTheReasons_KeepsTheSteps_AndWithdrawsTheConsents()
    {
        var s = InMemoryNetwork.Build(Graph.Demo.DemoNetwork.Build(), Now);
        var referral = s.Nodes<Referral>().First(r => r.History.Any(h => h.Reason is not null) && s.NeedOwner(r.NeedId) is Elder);
        var elder = s.NeedOwner(referral.NeedId)!;
        var (set, _) = ElderErasure.Plan(s, elder.Id, elder.Version, Now);

        var (plan, errors) = ChangeSetValidator.Validate(s, set, Now);

        Assert.Empty(errors);
        var after = s.Apply(plan!.ToDelta(new Dictionary<long, long>()), s.Sequence + 1);
        var erased = after.Node<Referral>(referral.Id)!;
        Assert.Equal(referral.History.Select(h => (h.From, h.To, h.At, h.ById)), erased.History.Select(h => (h.From, h.To, h.At, h.ById)));
        Assert.All(erased.History, h => Assert.True(h.Reason is null or ElderErasure.ErasedName));
        Assert.All(after.ReferencedBy(elder.Id).Select(after.Node).OfType<Consent>(), c => Assert.NotNull(c.WithdrawnAt));
    }

    [Fact]
    public void Update_ThatRewritesAReferralsReasonOtherwise_IsRefused()
    {
        var s = InMemoryNetwork.Build(Graph.Demo.DemoNetwork.Build(), Now);
        var referral = s.Nodes<Referral>().First(r => r.History.Any(h => h.Reason is not null));
        var rewritten = referral with { History = [.. referral.History.Select(h => h.Reason is null ? h : h with { Reason = "另一个原因" })] };

        var (_, errors) = ChangeSetValidator.Validate(s, new ChangeSet().Update(rewritten), Now);

        Assert.Equal("history", Assert.Single(errors).Field);
    }
}
