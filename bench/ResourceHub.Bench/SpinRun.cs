using System.Diagnostics;
using ResourceHub.Graph.Matching;

namespace ResourceHub.Bench;

/// <summary>Runs only the engine over the sample for a while: something for dotnet-trace or dotnet-counters to watch.</summary>
internal static class SpinRun
{
    public static int Run(BenchSize size, double seconds)
    {
        var network = BenchNetwork.Of(size);
        var needs = network.Sample.Needs.Select(n => n.Id).ToArray();
        var (byHop, degrees) = CandidateCount.ByHop(network.Snapshot, network.Sample.Needs);
        Console.WriteLine($"[{size}] nodes per hop: {string.Join(" / ", byHop.Select(x => x.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))}; link ends of the nodes passed through at each hop: {string.Join(" / ", degrees.Select(x => x.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))}");
        var (reached, placed, maxPlaced) = CandidateCount.Of(network.Snapshot, network.Sample.Needs);
        Console.WriteLine($"[{size}] per need: {reached:F0} nodes within 3 hops, {placed:F0} helpers from the place grid (max {maxPlaced})");
        Console.WriteLine($"[{size}] loaded; spinning the engine for {seconds} s (pid {Environment.ProcessId})");
        var end = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        long calls = 0;
        while (Stopwatch.GetTimestamp() < end)
        {
            foreach (var need in needs) network.Snapshot.WhoCanHelp(need);
            calls += needs.Length;
        }
        Console.WriteLine($"[{size}] {calls} calls, {seconds * 1e6 / calls:F1} µs each");
        return 0;
    }
}
