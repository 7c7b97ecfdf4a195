namespace ResourceHub.Bench;

/// <summary>Per-call latency of one method at one size, from Stopwatch timestamps around each call, over rounds of the need sample.</summary>
internal sealed record LatencyResult(string Size, string Method, int Calls, double MedianUs, double P99Us, double MeanUs, double MaxUs);
