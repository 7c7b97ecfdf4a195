using System.Diagnostics;
using System.Globalization;
using ResourceHub.Graph.Matching;

namespace ResourceHub.Bench;

/// <summary>
/// Side by side at one size: first the agreement check over the whole sample, then each method timed call by call
/// over rounds of the sample (same needs, same order) for a bounded time, giving per-call median and p99.
/// </summary>
internal static class LatencyRun
{
    public static int Run(BenchSize size)
    {
        var network = BenchNetwork.Of(size);
        var s = network.Snapshot;
        var needs = network.Sample.Needs.Select(n => n.Id).ToArray();
        Console.WriteLine($"[{size}] {s.NodeCount:N0} nodes, {s.LinkCount:N0} links, loaded in {network.LoadTime.TotalSeconds:F1} s; {needs.Length} open needs sampled");
        Directory.CreateDirectory(Results.Directory);
        File.WriteAllLines(Path.Combine(Results.Directory, $"needs-{size}.txt"), needs.Select(id => GlobalId("Need", id)));

        var bare = new BareSearch(s);
        using var sqlite = new SqliteBaseline(size, s);
        using var postgres = PostgresBaseline.TryOpen(size, s);
        if (postgres is null) Console.WriteLine($"[{size}] PostgreSQL: not configured or no copy of this size (PG_BENCH, pg-import)");

        // Agreement: the same top 10 from the bare search and both SQL queries; the engine's hops equal the bare search's.
        int sqliteAgrees = 0, postgresAgrees = 0, hopsChecked = 0, hopsAgree = 0;
        var disagreements = new List<string>();
        foreach (var need in needs)
        {
            var expected = bare.Find(need).ToArray();
            if (sqlite.Find(need).SequenceEqual(expected)) sqliteAgrees++;
            else disagreements.Add($"{size} need {need}: bare [{string.Join(',', expected)}] sqlite [{string.Join(',', sqlite.Find(need))}]");
            if (postgres is not null)
            {
                if (postgres.Find(need).SequenceEqual(expected)) postgresAgrees++;
                else disagreements.Add($"{size} need {need}: bare [{string.Join(',', expected)}] postgres [{string.Join(',', postgres.Find(need))}]");
            }
            var hops = bare.Hops(need);
            foreach (var match in s.WhoCanHelp(need))
            {
                if (match.Hops is not { } h) continue;
                hopsChecked++;
                if (hops.TryGetValue(match.Helper.Id, out var b) && b == h) hopsAgree++;
                else disagreements.Add($"{size} need {need}: engine has {match.Helper.Id} at {h} hops, bare search at {(hops.TryGetValue(match.Helper.Id, out var x) ? x : -1)}");
            }
        }
        Console.WriteLine($"[{size}] agreement on the top 10: sqlite {sqliteAgrees}/{needs.Length}" +
            (postgres is null ? "" : $", postgres {postgresAgrees}/{needs.Length}") + $"; engine hops {hopsAgree}/{hopsChecked}");

        var fast = Seconds("BENCH_FAST_SECONDS", 4);
        var slow = Seconds("BENCH_SQL_SECONDS", 12);
        var latencies = new List<LatencyResult>
        {
            Time(size, "engine", needs, fast, 3 * needs.Length, id => s.WhoCanHelp(id).Count),
            Time(size, "bare", needs, fast, 3 * needs.Length, id => bare.Find(id).Length),
            Time(size, "sqlite", needs, slow, needs.Length, id => sqlite.Find(id).Count),
        };
        if (postgres is not null) latencies.Add(Time(size, "postgres", needs, slow, needs.Length, id => postgres.Find(id).Count));

        var (reached, placed, _) = CandidateCount.Of(s, network.Sample.Needs);
        Results.Write($"latency-{size}.json", new SizeRun(size.Label, s.NodeCount, s.LinkCount, network.LoadTime.TotalSeconds, needs.Length, latencies,
            needs.Length, sqliteAgrees, postgres is null ? null : postgresAgrees, hopsChecked, hopsAgree, disagreements.Take(20).ToList(),
            reached, placed, $"{Machine()}; {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}; SQLite {sqlite.Version}" +
            (postgres is null ? "" : $"; {postgres.Version}")));
        return disagreements.Count == 0 ? 0 : 1;
    }

    internal static LatencyResult Time(BenchSize size, string method, long[] needs, double seconds, int minCalls, Func<long, int> call)
    {
        foreach (var need in needs) call(need); // warm-up: one round
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var samples = new List<double>();
        var budget = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        var sink = 0;
        do
        {
            foreach (var need in needs)
            {
                var t0 = Stopwatch.GetTimestamp();
                sink += call(need);
                samples.Add(Stopwatch.GetElapsedTime(t0).TotalMicroseconds);
            }
        } while ((Stopwatch.GetTimestamp() < budget || samples.Count < minCalls) && samples.Count < 200_000);
        samples.Sort();
        var result = new LatencyResult(size.Label, method, samples.Count, Percentile(samples, 50), Percentile(samples, 99), samples.Average(), samples[^1], LoadAverage());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"[{size}] {method,-9} {result.Calls,7} calls  median {result.MedianUs,10:F1} µs  p99 {result.P99Us,10:F1} µs  mean {result.MeanUs,10:F1} µs  load {result.LoadAverage:F2}  ({sink % 7})"));
        return result;
    }

    /// <summary>The 1-minute load average (/proc/loadavg); 0 where there is none.</summary>
    public static double LoadAverage() =>
        File.Exists("/proc/loadavg") && double.TryParse(File.ReadAllText("/proc/loadavg").Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var load) ? load : 0;

    private static string Machine()
    {
        var model = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return $"{Environment.ProcessorCount} cores{(model is null ? "" : " of " + model)}";
    }

    /// <summary>Nearest-rank percentile of sorted samples.</summary>
    public static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>A number of seconds from an environment variable, else <paramref name="fallback"/>.</summary>
    public static double Seconds(string variable, double fallback) =>
        double.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : fallback;

    /// <summary>The hub's global id (base64url of Kind:id), so the HTTP load can name the sampled needs.</summary>
    public static string GlobalId(string kind, long id) =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{kind}:{id}")))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
