namespace ResourceHub.Bench;

/// <summary>
/// Per-call latency of one method at one size, from Stopwatch timestamps around each call, over rounds of the need
/// sample; with the machine's 1-minute load average when the timing ended (other work on the 2 cores shows there).
/// </summary>
internal sealed record LatencyResult(string Size, string Method, int Calls, double MedianUs, double P99Us, double MeanUs, double MaxUs, double LoadAverage);
