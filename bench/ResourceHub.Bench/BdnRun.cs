using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ResourceHub.Bench;

/// <summary>
/// Runs <see cref="MatchingBenchmarks"/> in this process (the networks load once and stay), with a short job:
/// 1 launch, 3 warm-up and 10 measured iterations. Writes the summary's median and p95 per case for the report.
/// </summary>
internal static class BdnRun
{
    public static int Run()
    {
        var job = Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10).WithId("InProcessShort");
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddLogger(ConsoleLogger.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddColumn(StatisticColumn.Median, StatisticColumn.P95)
            .AddExporter(MarkdownExporter.GitHub)
            .WithArtifactsPath(Path.Combine(BenchSize.DataRoot, "bdn"))
            .WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared))
            .WithOptions(ConfigOptions.DisableLogFile);
        var summary = BenchmarkRunner.Run<MatchingBenchmarks>(config);
        var rows = summary.Reports
            .Where(r => r.ResultStatistics is not null)
            .Select(r => new BdnResult(
                (string)r.BenchmarkCase.Parameters["Size"],
                r.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\''),
                r.ResultStatistics!.Mean / 1000, r.ResultStatistics.Median / 1000, r.ResultStatistics.Percentiles.P95 / 1000,
                r.ResultStatistics.N))
            .ToList();
        Results.Write("bdn.json", rows);
        return summary.HasCriticalValidationErrors ? 1 : 0;
    }
}
