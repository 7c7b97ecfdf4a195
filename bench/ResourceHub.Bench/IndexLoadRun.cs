using System.Diagnostics;
using System.Globalization;

namespace ResourceHub.Bench;

/// <summary>
/// Index load in a fresh process: <c>INetworkStore.LoadAsync</c> on a size's SQLite file, timed, with the peak
/// resident memory of the process (VmHWM) and what stays resident after a full collection (VmRSS).
/// </summary>
internal static class IndexLoadRun
{
    public static async Task<int> RunAsync(BenchSize size)
    {
        var before = Status("VmRSS");
        var started = Stopwatch.GetTimestamp();
        var snapshot = await BenchNetwork.LoadSnapshotAsync(size.DatabasePath);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var peak = Status("VmHWM");
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var after = Status("VmRSS");
        GC.KeepAlive(snapshot);
        var result = new IndexLoadResult(size.Label, snapshot.NodeCount, snapshot.LinkCount, seconds, peak / 1024.0, after / 1024.0, before / 1024.0,
            GCSettings(), LatencyRun.LoadAverage());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"[{size}] index load: {result.Nodes:N0} nodes, {result.Links:N0} links in {seconds:F1} s; peak resident {result.PeakMiB:N0} MiB, after a full GC {result.ResidentAfterGcMiB:N0} MiB ({result.Gc}; load {result.LoadAverage:F2})"));
        Results.Write($"load-{size}.json", result);
        return 0;
    }

    private static string GCSettings() => System.Runtime.GCSettings.IsServerGC ? "server GC" : "workstation GC";

    /// <summary>A kB field of /proc/self/status; 0 where there is none (not Linux).</summary>
    private static long Status(string field)
    {
        const string path = "/proc/self/status";
        if (!File.Exists(path)) return 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
                return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        return 0;
    }
}
