namespace ResourceHub.Bench;

/// <summary>Everything one latency run measured at one size.</summary>
internal sealed record SizeRun(
    string Size, int Nodes, int Links, double LoadSeconds, int Needs,
    IReadOnlyList<LatencyResult> Latencies,
    int AgreementNeeds, int SqliteAgrees, int? PostgresAgrees, int EngineHopsChecked, int EngineHopsAgree,
    IReadOnlyList<string> Disagreements,
    double ReachedPerNeed, double PlacedPerNeed, string Environment);
