using System.Diagnostics;
using System.Globalization;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Matching;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Persistence;

namespace ResourceHub.Bench;

/// <summary>
/// Reads while writes flow, in process, on a copy of a size's SQLite file (WAL) through the hub's own store and write
/// path: whoCanHelp over the sample idle, then beside a steady 100 single-node commits a second (the same needs, the
/// same order), with the commits' own latency; then how many single-node commits a second 32 concurrent writers get.
/// </summary>
internal static class WritesRun
{
    public static async Task<int> RunAsync(BenchSize size)
    {
        using var copy = new TemporaryDatabase(size, "writes");
        var store = NetworkDatabase.CreateStore(copy.Connection);
        var index = new NetworkIndex();
        var loading = Stopwatch.StartNew();
        index.SetLoaded(await store.LoadAsync());
        var writer = new NetworkWriter(store, index, TimeProvider.System);
        var s = index.Current;
        var needs = NeedSample.Of(s).Needs.Select(n => n.Id).ToArray();
        var volunteers = s.Nodes<Volunteer>().Select(v => v.Id).ToArray();
        Console.WriteLine($"[{size}] {s.NodeCount:N0} nodes loaded in {loading.Elapsed.TotalSeconds:F1} s; {needs.Length} needs sampled; {volunteers.Length:N0} volunteers to update");

        foreach (var need in needs) index.Current.WhoCanHelp(need); // warm-up
        var idle = Read(index, needs, TimeSpan.FromSeconds(Seconds("BENCH_WRITES_SECONDS", 15)), CancellationToken.None);
        Console.WriteLine($"[{size}] whoCanHelp idle: median {Median(idle):F2} ms, p99 {P99(idle):F2} ms ({idle.Count} calls)");

        // 100 single-node commits a second, each at its slot (not back to back), beside the same reads.
        using var stop = new CancellationTokenSource();
        var commits = new List<double>();
        var random = new Random(11);
        var steady = Task.Run(async () =>
        {
            var started = Stopwatch.GetTimestamp();
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var due = started + (long)(i * Stopwatch.Frequency / 100.0);
                while (Stopwatch.GetTimestamp() < due) await Task.Delay(1);
                commits.Add(await UpdateOneAsync(writer, index, volunteers[random.Next(volunteers.Length)]));
            }
        });
        var (pause, gen2) = (GC.GetTotalPauseDuration(), GC.CollectionCount(2));
        var busy = Read(index, needs, TimeSpan.FromSeconds(Seconds("BENCH_WRITES_SECONDS", 15)), CancellationToken.None);
        await stop.CancelAsync();
        await steady;
        Console.WriteLine($"[{size}] meanwhile the collector paused {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms ({GC.CollectionCount(2) - gen2} gen2)");
        Console.WriteLine($"[{size}] whoCanHelp beside 100 commits/s: median {Median(busy):F2} ms ({Median(busy) / Median(idle):F2}× idle), p99 {P99(busy):F2} ms ({busy.Count} calls)");
        Console.WriteLine($"[{size}] one-node update committed: median {Median(commits):F2} ms, p99 {P99(commits):F2} ms ({commits.Count} commits)");

        // As many single-node commits as 32 writers get through in the time.
        var seconds = Seconds("BENCH_WRITES_BURST_SECONDS", 10);
        var until = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        var done = 0;
        await Task.WhenAll(Enumerable.Range(0, 32).Select(w => Task.Run(async () =>
        {
            var rng = new Random(100 + w);
            while (Stopwatch.GetTimestamp() < until)
            {
                await UpdateOneAsync(writer, index, volunteers[rng.Next(volunteers.Length)]);
                Interlocked.Increment(ref done);
            }
        })));
        Console.WriteLine($"[{size}] 32 concurrent writers: {done / seconds:F0} single-node commits/s");

        // The needs a volunteer could help with, searched first thing after each write (the grid of open needs is carried
        // over to the new snapshot, or built on this first search), against the same search again on the same snapshot.
        var helpers = s.Nodes<Volunteer>().Where(v => v.Point is not null).Take(50).Select(v => v.Id).ToArray();
        var (afterWrite, again) = (new List<double>(), new List<double>());
        for (var i = 0; i < 100; i++)
        {
            await CommitOneAsync(writer, index, volunteers[random.Next(volunteers.Length)]);
            var current = index.Current;
            var helper = helpers[i % helpers.Length];
            var t0 = Stopwatch.GetTimestamp();
            NeedFinder.Find(current, helper, new MatchOptions());
            afterWrite.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            t0 = Stopwatch.GetTimestamp();
            NeedFinder.Find(current, helper, new MatchOptions());
            again.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
        }
        Console.WriteLine($"[{size}] needs a volunteer could help with, first search after a write: median {Median(afterWrite):F2} ms, p99 {P99(afterWrite):F2} ms; the same search again: median {Median(again):F2} ms");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {size} | {Median(idle):F2} ms | {P99(idle):F2} ms | {Median(busy):F2} ms ({Median(busy) / Median(idle):F2}×) | {P99(busy):F2} ms | {Median(commits):F2} ms | {P99(commits):F2} ms | {done / seconds:F0}/s |"));
        return 0;
    }

    // One volunteer's travel distance changed and committed; the milliseconds until the commit returned.
    private static async Task<double> UpdateOneAsync(NetworkWriter writer, NetworkIndex index, long id)
    {
        var t0 = Stopwatch.GetTimestamp();
        await CommitOneAsync(writer, index, id);
        return Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
    }

    /// <summary>
    /// A single-node commit: one volunteer's travel distance moved by a kilometre, read again and sent again should another
    /// writer have changed the volunteer first (at most five times).
    /// </summary>
    public static async Task<CommitResult> CommitOneAsync(NetworkWriter writer, NetworkIndex index, long volunteerId)
    {
        CommitResult result = null!;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var v = index.Current.Node<Volunteer>(volunteerId)!;
            result = await writer.CommitAsync(new ChangeSet().Update(v with { MaxTravelKm = v.MaxTravelKm >= 50 ? 1 : v.MaxTravelKm + 1 }), "bench");
            if (result.Succeeded) break;
        }
        return result;
    }

    private static List<double> Read(NetworkIndex index, long[] needs, TimeSpan time, CancellationToken ct)
    {
        var samples = new List<double>();
        var until = Stopwatch.GetTimestamp() + (long)(time.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < until && !ct.IsCancellationRequested)
        {
            foreach (var need in needs)
            {
                var t0 = Stopwatch.GetTimestamp();
                index.Current.WhoCanHelp(need);
                samples.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            }
        }
        return samples;
    }

    private static double Median(List<double> xs) => xs.Count == 0 ? double.NaN : LatencyRun.Percentile([.. xs.Order()], 50);

    private static double P99(List<double> xs) => xs.Count == 0 ? double.NaN : LatencyRun.Percentile([.. xs.Order()], 99);

    private static double Seconds(string name, double fallback) => LatencyRun.Seconds(name, fallback);
}
