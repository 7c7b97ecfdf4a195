namespace ResourceHub.Bench;

/// <summary>One BenchmarkDotNet case: mean, median and p95 of its iterations' per-operation times, in microseconds.</summary>
internal sealed record BdnResult(string Size, string Method, double MeanUs, double MedianUs, double P95Us, int Iterations);
