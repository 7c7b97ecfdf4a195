using ResourceHub.Graph.Access;
using ResourceHub.Graph.Analytics;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Tests.Analytics;

/// <summary>Referral flows between organizations on <see cref="DeliveryNetwork"/>.</summary>
public sealed class ReferralFlowsTests
{
    private static readonly DeliveryNetwork D = new();

    [Fact]
    public void District_FlowsFromTheStationToTheTeamOfItsMember_AndToAVolunteerWithNone()
    {
        var net = D.Net;

        var flows = ReferralFlows.Of(AccessPolicy.Everything(net.Snapshot), net.Id(net.District), AnalyticsPeriod.Always);

        Assert.Equal(2, flows.Count);
        var toTeam = flows[0];
        Assert.Equal((net.Id(net.Station), net.Id(D.Team), 3), (toTeam.FromId, toTeam.ToId, toTeam.Referrals));
        Assert.Equal(new Dictionary<ReferralStatus, int> { [ReferralStatus.Completed] = 1, [ReferralStatus.Declined] = 1, [ReferralStatus.Sent] = 1 }, toTeam.ByStatus);
        Assert.Equal(new Dictionary<ReferralOutcome, int> { [ReferralOutcome.GotHelp] = 1 }, toTeam.ByOutcome);
        // R4 was sent by W, who is stationed at the station; V2 belongs to no team; the draft R5 was never sent.
        Assert.Equal((net.Id(net.Station), net.Id(D.V2), 1), (flows[1].FromId, flows[1].ToId, flows[1].Referrals));
        Assert.Equal(new Dictionary<ReferralStatus, int> { [ReferralStatus.InProgress] = 1 }, flows[1].ByStatus);
    }

    [Fact]
    public void TheTownshipAndOctober_CountOnlyTheirOwn()
    {
        var net = D.Net;
        var policy = AccessPolicy.Everything(net.Snapshot);

        var township = ReferralFlows.Of(policy, net.Id(net.Township), AnalyticsPeriod.Always);
        var october = ReferralFlows.Of(policy, net.Id(net.District), new AnalyticsPeriod(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)));

        Assert.Equal([(net.Id(net.Station), net.Id(D.Team), 3)], township.Select(f => (f.FromId, f.ToId, f.Referrals)));
        Assert.Equal([(net.Id(net.Station), net.Id(D.Team), 2)], october.Select(f => (f.FromId, f.ToId, f.Referrals)));
    }

    [Fact]
    public void ACallerWhoSeesNoReferral_SeesNoFlow()
    {
        var net = D.Net;
        var anonymous = new AccessPolicy(Caller.Anonymous, net.Snapshot);

        Assert.Empty(ReferralFlows.Of(anonymous, net.Id(net.District), AnalyticsPeriod.Always));
    }
}
