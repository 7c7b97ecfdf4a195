namespace ResourceHub.Bench;

/// <summary>What one index load took: time, peak and settled resident memory.</summary>
internal sealed record IndexLoadResult(string Size, int Nodes, int Links, double Seconds, double PeakMiB, double ResidentAfterGcMiB, double ResidentBeforeMiB, string Gc, double LoadAverage);
