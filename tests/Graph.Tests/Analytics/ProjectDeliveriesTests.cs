using ResourceHub.Graph.Access;
using ResourceHub.Graph.Analytics;

namespace ResourceHub.Graph.Tests.Analytics;

/// <summary>A purchased project's contract against its delivery, on <see cref="DeliveryNetwork"/>.</summary>
public sealed class ProjectDeliveriesTests
{
    private static readonly DeliveryNetwork D = new();

    [Fact]
    public void TheYear_CountsTheTeamsVisitsInTheTownship_AndNothingOutsideItOrItsServices()
    {
        var net = D.Net;

        var delivery = ProjectDeliveries.Of(AccessPolicy.Everything(net.Snapshot), net.Id(net.District), AnalyticsPeriod.Always).Single();

        Assert.Equal(net.Id(D.Project), delivery.ProjectId);
        Assert.Equal([net.Id(net.Township)], delivery.ServedAreas);
        Assert.Equal([net.Id(D.Team)], delivery.Providers);
        Assert.Equal(new AnalyticsPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), delivery.Period);
        // The visit in A (the music is not what it buys; the one in C is outside the township); V1's 2 hours for A1 (not the 3 in C).
        Assert.Equal((1, 20, 2m), (delivery.ActivitiesHeld, delivery.Participants, delivery.HoursServed));
        // A1's elder, by the record and by R1; R1 got help, R2 was declined, R3 is still open.
        Assert.Equal(1, delivery.EldersReached);
        Assert.Equal(new Dictionary<string, int> { ["GotHelp"] = 1, ["Declined"] = 1 }, delivery.ReferralOutcomes);
        Assert.Equal(1, delivery.ReferralsCompleted);
    }

    [Fact]
    public void ACommunityBelowTheServedTownship_IsServedItself_AndNovemberHeldNothing()
    {
        var net = D.Net;
        var policy = AccessPolicy.Everything(net.Snapshot);

        var a = ProjectDeliveries.Of(policy, net.Id(net.CommunityA), AnalyticsPeriod.Always).Single();
        var november = ProjectDeliveries.Of(policy, net.Id(net.District), new AnalyticsPeriod(new DateOnly(2026, 11, 1), null)).Single();

        Assert.Equal([net.Id(net.CommunityA)], a.ServedAreas);
        Assert.Equal((1, 2m, 1), (a.ActivitiesHeld, a.HoursServed, a.EldersReached));
        Assert.Equal(new AnalyticsPeriod(new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 31)), november.Period);
        Assert.Equal((0, 0m, 0, 0), (november.ActivitiesHeld, november.HoursServed, november.EldersReached, november.ReferralOutcomes.Count));
        Assert.Empty(ProjectDeliveries.Of(policy, net.Id(net.VillageC), AnalyticsPeriod.Always));
    }
}
