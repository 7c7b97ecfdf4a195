using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Persistence;

namespace ResourceHub.Bench;

/// <summary>
/// The network of one size as the hub sees it: loaded from the SQLite file the hub's write path wrote, with
/// <see cref="INetworkStore.LoadAsync"/>, so the engine, the bare search and the SQL baselines read the same rows.
/// Loaded once per process and kept (BenchmarkDotNet runs in process).
/// </summary>
internal sealed class BenchNetwork
{
    private static readonly ConcurrentDictionary<string, Lazy<BenchNetwork>> Loaded = new();

    private BenchNetwork(BenchSize size, NetworkSnapshot snapshot, NeedSample sample, TimeSpan loadTime)
    {
        Size = size;
        Snapshot = snapshot;
        Sample = sample;
        LoadTime = loadTime;
    }

    public BenchSize Size { get; }
    public NetworkSnapshot Snapshot { get; }
    public NeedSample Sample { get; }
    public TimeSpan LoadTime { get; }

    public static BenchNetwork Of(BenchSize size) =>
        Loaded.GetOrAdd(size.Label, _ => new Lazy<BenchNetwork>(() => Load(size))).Value;

    private static BenchNetwork Load(BenchSize size)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var snapshot = LoadSnapshotAsync(size.DatabasePath).GetAwaiter().GetResult();
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        return new BenchNetwork(size, snapshot, NeedSample.Of(snapshot), elapsed);
    }

    /// <summary>Loads a database file with the hub's own loader.</summary>
    public static Task<NetworkSnapshot> LoadSnapshotAsync(string databasePath, CancellationToken ct = default)
    {
        if (!File.Exists(databasePath)) throw new FileNotFoundException("no database: run bench/run.sh (or the hub's seed verb) first", databasePath);
        var connection = $"Data Source={databasePath}";
        return NetworkDatabase.CreateStore(connection).LoadAsync(ct);
    }
}
