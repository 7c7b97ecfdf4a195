using ResourceHub.Graph.Access;
using ResourceHub.Graph.Analytics;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Matching;
using ResourceHub.Graph.Model;

namespace ResourceHub.Hub.Reports;

/// <summary>
/// What a district report holds, read as the area's civil-affairs official reads it (aggregates and de-identified
/// records, never an elder's identity): each community's linkage, the gaps and accessibility, the brokers, the
/// referral outcomes and flows, the totals per month and what the purchased projects delivered.
/// </summary>
internal sealed record DistrictReport(
    Area Area,
    DateOnly From,
    DateOnly To,
    DateTimeOffset MadeAt,
    IReadOnlyList<(Area Community, SocietiesSince Since)> Coverage,
    ServiceGapReport Gaps,
    BrokerRanking Brokers,
    IReadOnlyList<ReferralFlow> Flows,
    IReadOnlyList<PeriodTotal> Months,
    IReadOnlyList<ProjectDelivery> Projects,
    NetworkSnapshot Snapshot)
{
    /// <summary>Reads the report of an area from a snapshot.</summary>
    public static DistrictReport Make(NetworkSnapshot snapshot, Area area, DateOnly from, DateOnly to, DateTimeOffset now, BetweennessOptions betweenness, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(area);
        var official = new Caller { Subject = "report:official@" + area.Code, Roles = Roles.Official, AreaCodes = [area.Code] };
        var policy = new AccessPolicy(official, snapshot);
        var communities = snapshot.Communities(area.Id);
        var period = new AnalyticsPeriod(from, to);
        return new DistrictReport(
            area, from, to, now,
            [.. communities.Select(c => (c, snapshot.CoverageSince(c.Id, to)))],
            ServiceGaps.Of(policy, area.Id, [], new MatchOptions(), cancel),
            Graph.Analytics.Brokers.Rank(snapshot, area.Id, 15, betweenness, cancel),
            ReferralFlows.Of(policy, area.Id, period),
            PeriodTotals.Of(policy, area.Id, from, to, TotalsInterval.Month),
            ProjectDeliveries.Of(policy, area.Id, period),
            snapshot);
    }

    /// <summary>The referrals counted, by where they stand and how the completed ones ended.</summary>
    public IReadOnlyList<(string Zh, string En, int Count)> Outcomes()
    {
        var status = new Dictionary<ReferralStatus, int>();
        var outcome = new Dictionary<ReferralOutcome, int>();
        foreach (var f in Flows)
        {
            foreach (var (k, v) in f.ByStatus) status[k] = status.GetValueOrDefault(k) + v;
            foreach (var (k, v) in f.ByOutcome) outcome[k] = outcome.GetValueOrDefault(k) + v;
        }
        var rows = new List<(string, string, int)>();
        foreach (var (k, v) in status.OrderBy(kv => kv.Key)) rows.Add((StatusZh(k), k.ToString(), v));
        foreach (var (k, v) in outcome.OrderBy(kv => kv.Key)) rows.Add(("已完成：" + OutcomeZh(k), "Completed: " + k, v));
        return rows;
    }

    public static string StatusZh(ReferralStatus s) => s switch
    {
        ReferralStatus.Draft => "草稿",
        ReferralStatus.Sent => "已发送",
        ReferralStatus.Accepted => "已接受",
        ReferralStatus.Declined => "已拒绝",
        ReferralStatus.InProgress => "服务中",
        ReferralStatus.OnHold => "暂停",
        ReferralStatus.Completed => "已完成",
        ReferralStatus.Failed => "失败",
        ReferralStatus.Cancelled => "已取消",
        _ => "已过期",
    };

    public static string OutcomeZh(ReferralOutcome o) => o switch
    {
        ReferralOutcome.GotHelp => "获得帮助",
        ReferralOutcome.CouldNotHelp => "未能帮助",
        _ => "不再需要",
    };
}
