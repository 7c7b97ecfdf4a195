using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Persistence;

namespace ResourceHub.Bench;

/// <summary>
/// How soon a write on one instance is visible on another: two instances in process on one database (a copy of a size's
/// SQLite file, and, when PG_BENCH names a server, a fresh PostgreSQL database), each with its own index, write path
/// and change-log follower; 100 single-node commits a second on the first for a while, and for each the time from its
/// commit returning to the second instance's index holding it.
/// </summary>
internal static class LagRun
{
    public static async Task<int> RunAsync(BenchSize size)
    {
        using (var copy = new TemporaryDatabase(size, "lag")) await MeasureAsync(size, "SQLite", copy.Connection);
        if (PostgresBaseline.ConnectionString is { } admin)
        {
            var database = "lag_" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
            await using (var conn = new Npgsql.NpgsqlConnection(admin))
            {
                await conn.OpenAsync();
                await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE {database}", conn);
                await create.ExecuteNonQueryAsync();
            }
            var cs = new Npgsql.NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString;
            // A small network written through the hub's own path: lag does not depend on the network's size.
            var seed = NetworkDatabase.CreateStore(cs);
            await seed.MigrateAsync();
            var index = new NetworkIndex();
            index.SetLoaded(await seed.LoadAsync());
            await new NetworkWriter(seed, index, TimeProvider.System).CommitAsync(Graph.Demo.SyntheticNetwork.Generate(1, 100), "bench");
            await MeasureAsync(size, "PostgreSQL", cs);
        }
        else Console.WriteLine("PostgreSQL: PG_BENCH is not set (bench/run.sh sets it); measured on SQLite only");
        return 0;
    }

    private static async Task MeasureAsync(BenchSize size, string engine, string connection)
    {
        var (a, b) = (await OpenAsync(connection), await OpenAsync(connection));
        using var stop = new CancellationTokenSource();
        var follower = new ChangeLogFollower(b.Store, b.Writer, b.Index).RunAsync(ct: stop.Token);
        var seen = new ConcurrentDictionary<long, long>();
        using var feed = b.Writer.Feed.Subscribe(capacity: 100_000);
        var watching = Task.Run(async () =>
        {
            await foreach (var change in feed.Changes.ReadAllAsync(stop.Token)) seen[change.Sequence] = Stopwatch.GetTimestamp();
        });
        var volunteers = a.Index.Current.Nodes<Volunteer>().Select(v => v.Id).Take(10_000).ToArray();
        var committed = new List<(long Sequence, long At)>();
        var random = new Random(3);
        var seconds = LatencyRun.Seconds("BENCH_LAG_SECONDS", 20);
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; Stopwatch.GetElapsedTime(started).TotalSeconds < seconds; i++)
        {
            var due = started + (long)(i * Stopwatch.Frequency / 100.0);
            while (Stopwatch.GetTimestamp() < due) await Task.Delay(1);
            var result = await WritesRun.CommitOneAsync(a.Writer, a.Index, volunteers[random.Next(volunteers.Length)]);
            if (result.Succeeded) committed.Add((result.Sequence, Stopwatch.GetTimestamp()));
        }
        for (var wait = 0; b.Index.Current.Sequence < committed[^1].Sequence && wait < 100; wait++) await Task.Delay(50);
        await stop.CancelAsync();
        try
        {
            await Task.WhenAll(follower, watching);
        }
        catch (OperationCanceledException)
        {
        }
        // A batch the follower applies is published once, at its last sequence: a commit is visible when the first change at or past it is.
        var published = seen.OrderBy(kv => kv.Key).ToArray();
        var lags = new List<double>();
        var unseen = 0;
        foreach (var (sequence, at) in committed)
        {
            var first = Array.FindIndex(published, p => p.Key >= sequence);
            if (first < 0) unseen++;
            else lags.Add(Math.Max(0, Stopwatch.GetElapsedTime(at, published[first].Value).TotalMilliseconds));
        }
        lags.Sort();
        double P(double p) => lags.Count == 0 ? double.NaN : LatencyRun.Percentile(lags, p);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"[{size}] {engine}: {committed.Count} commits on one instance, seen on the other after median {P(50):F1} ms, p99 {P(99):F1} ms, max {P(100):F1} ms; {unseen} never seen"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {engine} | {committed.Count} | {P(50):F1} ms | {P(99):F1} ms | {P(100):F1} ms | {unseen} |"));
    }

    private static async Task<(INetworkStore Store, NetworkIndex Index, NetworkWriter Writer)> OpenAsync(string connection)
    {
        var store = NetworkDatabase.CreateStore(connection);
        await store.MigrateAsync();
        var index = new NetworkIndex();
        index.SetLoaded(await store.LoadAsync());
        return (store, index, new NetworkWriter(store, index, TimeProvider.System));
    }
}
