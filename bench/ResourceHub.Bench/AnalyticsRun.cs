using System.Diagnostics;
using System.Globalization;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Analytics;
using ResourceHub.Graph.Export;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Matching;
using ResourceHub.Graph.Model;

namespace ResourceHub.Bench;

/// <summary>
/// The officials' questions on a size's network, timed in process: each analytic of one district (the first, about 10k
/// nodes at every size, as a real district is) and of the whole city, first call and the median of the calls after it,
/// as the district's official asks them; and each export of the district. Printed as Markdown rows for bench/README.md.
/// </summary>
internal static class AnalyticsRun
{
    private const int Repeats = 5;

    public static async Task<int> RunAsync(BenchSize size)
    {
        var snapshot = await BenchNetwork.LoadSnapshotAsync(size.DatabasePath);
        var city = snapshot.Nodes<Area>().Where(a => a.Level == AreaLevel.City).MinBy(a => a.Code)!;
        var district = snapshot.Nodes<Area>().Where(a => a.Level == AreaLevel.District).MinBy(a => a.Code)!;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"[{size}] {snapshot.NodeCount:N0} nodes; district {district.Code}: {SupportNetwork.Of(snapshot, district.Id).NodeCount:N0} support-network nodes; city {city.Code}: {SupportNetwork.Of(snapshot, city.Id).NodeCount:N0}"));
        Console.WriteLine("| size | area | analytic | first call | median after | answer |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var area in new[] { district, city })
        {
            var policy = new AccessPolicy(new Caller { Subject = "bench:official", Roles = Roles.Official, AreaCodes = [area.Code] }, snapshot);
            var label = area == city ? $"city ({SupportNetwork.Of(snapshot, city.Id).NodeCount:N0} nodes)" : $"district ({SupportNetwork.Of(snapshot, district.Id).NodeCount:N0} nodes)";
            var communities = snapshot.Subtree(area.Id).Where(id => snapshot.Node<Area>(id)!.Level == AreaLevel.Community).ToList();
            Row(size, label, "linkageCoverage", () => communities.Count(c => snapshot.CoverageSince(c).Coverage.Complete), n => $"{n:N0} of {communities.Count:N0} complete");
            Row(size, label, "brokers (betweenness)", () => Brokers.Rank(snapshot, area.Id, 10, new BetweennessOptions()),
                r => r.Exact ? $"exact over {r.Nodes:N0}" : $"{r.Sources} sources of {r.Nodes:N0}, ±{r.ErrorBound:0.0000}", fresh: () => FreshBrokers(snapshot, area.Id));
            Row(size, label, "components", () => NetworkComponents.Of(SupportNetwork.Of(snapshot, area.Id)), c => $"{c.Count:N0} components");
            if (area == district)
            {
                Row(size, label, "helperReach (2 hops, every community)", () => communities.Sum(c => HelperReach.Within(snapshot, c, 2).Total), n => $"{n:N0} helper reaches");
                Row(size, label, "serviceGaps (every open need matched, 2SFCA)", () => ServiceGaps.Of(policy, area.Id, [], new MatchOptions()), g => $"{g.OpenNeeds:N0} open needs, {g.UnmetNeeds.Count:N0} unmet");
            }
            Row(size, label, "referralFlows", () => ReferralFlows.Of(policy, area.Id, AnalyticsPeriod.Always), f => $"{f.Count:N0} flows");
            Row(size, label, "totals (12 months)", () => PeriodTotals.Of(policy, area.Id, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), TotalsInterval.Month), t => $"{t.Sum(p => p.ReferralsSent):N0} referrals");
            Row(size, label, "projectDelivery", () => ProjectDeliveries.Of(policy, area.Id, AnalyticsPeriod.Always), p => $"{p.Count:N0} projects");
        }
        var scope = ExportScope.Of(snapshot, district.Id);
        foreach (var name in NetworkExport.Names)
        {
            NetworkExport.TryParse(name, out var format);
            var times = new List<double>();
            long bytes = 0;
            for (var i = 0; i <= Repeats; i++)
            {
                using var stream = new MemoryStream();
                var started = Stopwatch.GetTimestamp();
                await NetworkExport.WriteAsync(scope, format, stream);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                bytes = stream.Length;
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {size} | district | export {name} | {times[0]:N0} ms | {Median(times.Skip(1)):N0} ms | {bytes / 1024.0 / 1024.0:0.0} MB |"));
        }
        return 0;
    }

    // The first call builds what a snapshot keeps (the support network, its betweenness); the calls after it read what was
    // kept, except where `fresh` says how to compute it anew (brokers: betweenness is timed as computed, not as read back).
    private static void Row<T>(BenchSize size, string area, string name, Func<T> run, Func<T, string> describe, Func<T>? fresh = null)
    {
        var started = Stopwatch.GetTimestamp();
        var answer = run();
        var first = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var times = new List<double>();
        for (var i = 0; i < Repeats; i++)
        {
            started = Stopwatch.GetTimestamp();
            answer = (fresh ?? run)();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {size} | {area} | {name} | {first:N1} ms | {Median(times):N1} ms | {describe(answer)} |"));
    }

    private static BrokerRanking FreshBrokers(NetworkSnapshot snapshot, long areaId)
    {
        var network = SupportNetwork.Of(snapshot, areaId);
        var scores = Betweenness.Compute(network, new BetweennessOptions());
        return new BrokerRanking(areaId, network.NodeCount, network.TieCount, scores.Exact, scores.Sources, scores.ErrorBound, []);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : LatencyRun.Percentile(sorted, 50);
    }
}
