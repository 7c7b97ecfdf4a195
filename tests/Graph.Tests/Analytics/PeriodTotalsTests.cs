using ResourceHub.Graph.Access;
using ResourceHub.Graph.Analytics;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Tests.Analytics;

/// <summary>Totals per month and the periods they are cut into, on <see cref="DeliveryNetwork"/> (every need was recorded on 11-28).</summary>
public sealed class PeriodTotalsTests
{
    private static readonly DeliveryNetwork D = new();

    [Fact]
    public void ThreeMonths_CountWhatEachMonthHeld()
    {
        var net = D.Net;

        var months = PeriodTotals.Of(AccessPolicy.Everything(net.Snapshot), net.Id(net.District), new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 30), TotalsInterval.Month);

        Assert.Equal([(new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 30)), (new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)), (new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30))],
            months.Select(m => (m.From, m.To)));
        Assert.Equal([0, 0, 5], months.Select(m => m.NeedsPosted));
        // A1 met by R1 on 10-05; M marked met, with no referral, on the day it was recorded.
        Assert.Equal([0, 1, 1], months.Select(m => m.NeedsMet));
        Assert.Equal([1, 2, 1], months.Select(m => m.ReferralsSent));
        Assert.Equal(new Dictionary<ReferralStatus, int> { [ReferralStatus.Declined] = 1, [ReferralStatus.Sent] = 1 }, months[1].ReferralsByStatus);
        Assert.Equal([0, 2, 0], months.Select(m => m.ServiceRecords));
        Assert.Equal([0m, 5m, 0m], months.Select(m => m.HoursServed));
        Assert.Equal([0m, 2m, 0m], months.Select(m => m.CreditsBanked));
    }

    [Fact]
    public void TheTownship_LeavesOutTheVillageOutsideIt()
    {
        var net = D.Net;

        var october = PeriodTotals.Of(AccessPolicy.Everything(net.Snapshot), net.Id(net.Township), new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), TotalsInterval.Month).Single();

        Assert.Equal((1, 2m, 2, 2m), (october.ServiceRecords, october.HoursServed, october.ReferralsSent, october.CreditsBanked));
    }

    [Fact]
    public void Periods_AreCalendarMonthsQuartersAndYears_CutToTheDaysAsked()
    {
        Assert.Equal([(new DateOnly(2026, 2, 15), new DateOnly(2026, 3, 31)), (new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30)), (new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 4))],
            PeriodTotals.Periods(new DateOnly(2026, 2, 15), new DateOnly(2026, 7, 4), TotalsInterval.Quarter));
        Assert.Equal([(new DateOnly(2025, 12, 31), new DateOnly(2025, 12, 31)), (new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1))],
            PeriodTotals.Periods(new DateOnly(2025, 12, 31), new DateOnly(2026, 1, 1), TotalsInterval.Year));
        Assert.Throws<ArgumentException>(() => PeriodTotals.Periods(new DateOnly(2000, 1, 1), new DateOnly(2026, 1, 1), TotalsInterval.Month));
        Assert.Throws<ArgumentException>(() => PeriodTotals.Periods(new DateOnly(2026, 1, 2), new DateOnly(2026, 1, 1), TotalsInterval.Month));
    }
}
