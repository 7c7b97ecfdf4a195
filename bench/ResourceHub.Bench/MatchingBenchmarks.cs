using BenchmarkDotNet.Attributes;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Matching;

namespace ResourceHub.Bench;

/// <summary>
/// BenchmarkDotNet cases, side by side per size: the engine (<see cref="HelpFinder"/> through <c>WhoCanHelp</c>),
/// the bare search (the baseline of the Ratio column), and the SQL baselines on SQLite and PostgreSQL. Each
/// invocation answers the next need of the sample, so a case's mean is over the rotation.
/// </summary>
[MemoryDiagnoser(displayGenColumns: false)]
public class MatchingBenchmarks
{
    private NetworkSnapshot _snapshot = null!;
    private long[] _needs = [];
    private int _next;
    private BareSearch _bare = null!;
    private SqliteBaseline? _sqlite;
    private PostgresBaseline? _postgres;

    public static IEnumerable<string> Sizes() => BenchSize.Selected().Select(s => s.Label);

    [ParamsSource(nameof(Sizes))]
    public string Size { get; set; } = "10k";

    [GlobalSetup]
    public void Setup()
    {
        var size = BenchSize.Parse(Size);
        var network = BenchNetwork.Of(size);
        _snapshot = network.Snapshot;
        _needs = network.Sample.Needs.Select(n => n.Id).ToArray();
        _bare = new BareSearch(_snapshot);
        _sqlite = new SqliteBaseline(size, _snapshot);
        _postgres = PostgresBaseline.TryOpen(size, _snapshot);
        _next = 0;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _sqlite?.Dispose();
        _postgres?.Dispose();
    }

    private long NextNeed() => _needs[_next++ % _needs.Length];

    [Benchmark(Description = "engine")]
    public int Engine() => _snapshot.WhoCanHelp(NextNeed()).Count;

    [Benchmark(Baseline = true, Description = "bare")]
    public int Bare() => _bare.Find(NextNeed()).Length;

    [Benchmark(Description = "sqlite")]
    public int Sqlite() => _sqlite!.Find(NextNeed()).Count;

    [Benchmark(Description = "postgres")]
    public int Postgres() => _postgres?.Find(NextNeed()).Count ?? -1;
}
