using System.Globalization;
using System.Text;

namespace ResourceHub.Bench;

/// <summary>
/// Writes the results of the last run into bench/README.md, between the markers <c>&lt;!-- results --&gt;</c> and
/// <c>&lt;!-- /results --&gt;</c>; the text around them is written by hand.
/// </summary>
internal static class Report
{
    private const string Start = "<!-- results -->";
    private const string End = "<!-- /results -->";

    public static int Write()
    {
        var readme = Path.Combine(BenchSize.DataRoot, "..", "README.md");
        var text = File.Exists(readme) ? File.ReadAllText(readme) : $"# Benchmarks\n\n{Start}\n{End}\n";
        int from = text.IndexOf(Start, StringComparison.Ordinal), to = text.IndexOf(End, StringComparison.Ordinal);
        if (from < 0 || to < from)
        {
            Console.Error.WriteLine($"{readme} has no {Start} … {End} block");
            return 1;
        }
        var block = Build();
        File.WriteAllText(readme, text[..(from + Start.Length)] + "\n" + block + text[to..]);
        Console.WriteLine(block);
        return 0;
    }

    private static string Build()
    {
        var runs = BenchSize.All.Select(s => Results.Read<SizeRun>($"latency-{s}.json")).OfType<SizeRun>().ToList();
        var loads = BenchSize.All.Select(s => Results.Read<IndexLoadResult>($"load-{s}.json")).OfType<IndexLoadResult>().ToList();
        var bdn = Results.Read<List<BdnResult>>("bdn.json") ?? [];
        var http = HttpRounds.Read(["bare", "node", "node-token", "node-uncached", "whoCanHelp", "whoCanHelp-token"]);
        var unavailable = Path.Combine(Results.Directory, "http-whoCanHelp.unavailable");
        var sb = new StringBuilder();
        void Line(string line = "") => sb.Append(line).Append('\n');

        // A run may measure only some parts (BENCH_ONLY=http): each part says when it was measured.
        Line(Inv($"Report of {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC. {runs.FirstOrDefault()?.Environment}. Measured: in process {Results.WrittenAt("latency-*.json")}, BenchmarkDotNet {Results.WrittenAt("bdn.json")}, index load {Results.WrittenAt("load-*.json")}, HTTP {Results.WrittenAt("http-*.json")}."));
        Line();
        Line("**In process, per call** (Stopwatch around each call, rounds over the same 100 open needs; median and p99 of all calls):");
        Line();
        Line("| size | nodes | links | engine median | engine p99 | bare median | bare p99 | SQLite median | SQLite p99 | PostgreSQL median | PostgreSQL p99 | engine ÷ bare | best SQL ÷ engine | agreement on top 10 | load average |");
        Line("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |");
        foreach (var r in runs)
        {
            var e = Get(r, "engine");
            var b = Get(r, "bare");
            var sq = Get(r, "sqlite");
            var pg = Get(r, "postgres");
            var bestSql = new[] { sq, pg }.OfType<LatencyResult>().MinBy(x => x.MedianUs);
            Line(Inv($"| {r.Size} | {r.Nodes:N0} | {r.Links:N0} | {Ms(e?.MedianUs)} | {Ms(e?.P99Us)} | {Ms(b?.MedianUs)} | {Ms(b?.P99Us)} | {Ms(sq?.MedianUs)} | {Ms(sq?.P99Us)} | {Ms(pg?.MedianUs)} | {Ms(pg?.P99Us)} | {Ratio(e?.MedianUs, b?.MedianUs)} | {Ratio(bestSql?.MedianUs, e?.MedianUs)} | SQLite {r.SqliteAgrees}/{r.AgreementNeeds}, PostgreSQL {(r.PostgresAgrees is { } p ? $"{p}/{r.AgreementNeeds}" : "not run")}, engine hops {r.EngineHopsAgree}/{r.EngineHopsChecked} | {r.Latencies.Min(l => l.LoadAverage):0.0}–{r.Latencies.Max(l => l.LoadAverage):0.0} |"));
        }
        Line();
        Line("Calls per method and size: " + string.Join("; ", runs.Select(r => $"{r.Size}: " + string.Join(", ", r.Latencies.Select(l => Inv($"{l.Method} {l.Calls:N0}"))))) + ".");
        Line("Size of the question per need (the bare search walks all of it; the engine reads only the candidates that can still win): " + string.Join("; ", runs.Select(r => Inv($"{r.Size}: {r.ReachedPerNeed:N0} nodes within 3 hops, {r.PlacedPerNeed:N0} helpers from the place grid"))) + ".");
        Line();

        if (bdn.Count > 0)
        {
            Line("**BenchmarkDotNet** (in process, 1 launch, 3 warm-up and 10 measured iterations; each invocation answers the next need of the sample; times per call):");
            Line();
            Line("| size | method | mean | median | p95 of iterations | ratio to bare (median) |");
            Line("| --- | --- | ---: | ---: | ---: | ---: |");
            foreach (var row in bdn)
            {
                var bare = bdn.FirstOrDefault(x => x.Size == row.Size && x.Method == "bare");
                Line(Inv($"| {row.Size} | {row.Method} | {Ms(row.MeanUs)} | {Ms(row.MedianUs)} | {Ms(row.P95Us)} | {Ratio(row.MedianUs, bare?.MedianUs)} |"));
            }
            Line();
        }

        if (loads.Count > 0)
        {
            Line("**Index load** (`INetworkStore.LoadAsync` of the SQLite file in a fresh process; peak resident = VmHWM):");
            Line();
            Line("| size | nodes | links | seconds | peak resident | resident after a full GC | GC | load average |");
            Line("| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |");
            foreach (var l in loads) Line(Inv($"| {l.Size} | {l.Nodes:N0} | {l.Links:N0} | {l.Seconds:F1} | {l.PeakMiB:N0} MiB | {l.ResidentAfterGcMiB:N0} MiB | {l.Gc} | {l.LoadAverage:0.0} |"));
            Line();
        }

        if (http.Values.Any(v => v is not null))
        {
            var largest = runs.LastOrDefault()?.Size ?? "?";
            var rounds = http.Values.OfType<HttpRounds>().Max(h => h.Rounds.Count);
            Line($"**HTTP** (the hub, Release, in Development so it takes a development token, on the {largest} network; wrk from a second process on 127.0.0.1, 2 threads, 32 connections, {rounds} interleaved rounds of each case after a 3 s warm-up each; both share the 2 cores). Requests/s, p50 and p99 are the median round's; the share of bare is the median of each round's share, with its range:");
            Line();
            Line("| case | requests/s | share of bare | share, all rounds | p50 | p99 | requests | errors | load average |");
            Line("| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |");
            foreach (var (name, label) in new[] { ("bare", "bare endpoint, same bytes as the node query (`/bench/bare`)"), ("node", "small node query (`node(id:)`), documents cached, anonymous"), ("node-token", "the same, signed in as a social worker (bearer token validated, cached)"), ("node-uncached", "the same query, a new document text each time (parse + validate per request)"), ("whoCanHelp", "whoCanHelp over the 100 sampled needs, anonymous"), ("whoCanHelp-token", "the same, as the social worker of the whole city (elders' needs in full, every personal read audited)") })
            {
                if (http[name] is { } rs)
                {
                    var h = rs.Median;
                    var all = string.Join(", ", rs.Shares.Select(x => Inv($"{100 * x:0}%")));
                    Line(Inv($"| {label} | {h.Rps:N0} | {(rs.MedianShare is { } m ? Inv($"{100 * m:0}%") : "—")} | {all} | {Ms(h.P50Us)} | {Ms(h.P99Us)} | {rs.Rounds.Sum(r => r.Requests):N0} | {rs.Rounds.Sum(r => r.SocketErrors + r.Non2xx)} | {h.Load1:0.0} |"));
                }
                else if (name == "whoCanHelp" && File.Exists(unavailable))
                    Line($"| {label} | not available: the schema has no `whoCanHelp` field yet (`{Escape(First(File.ReadAllText(unavailable), 120))}`) | | | | | | | |");
            }
            Line();
            var memory = Path.Combine(Results.Directory, "hub-memory.txt");
            if (File.Exists(memory)) Line($"The hub after the load: {Escape(File.ReadAllText(memory).Replace("\t", " ", StringComparison.Ordinal).Trim())}.");
            Line();
        }

        Line("**Targets**:");
        Line();
        Line("| target | measured | met |");
        Line("| --- | --- | --- |");
        var big = runs.FirstOrDefault(r => r.Size == "1M");
        var small = runs.FirstOrDefault(r => r.Size == "10k");
        var at = big is null ? " (1M not run)" : "";
        var eb = Get(big, "engine");
        Target("1M: engine median ≤ 0.5 ms", eb is null ? null : Ms(eb.MedianUs) + at, eb?.MedianUs <= 500);
        Target("1M: engine p99 ≤ 3 ms", eb is null ? null : Ms(eb.P99Us), eb?.P99Us <= 3000);
        var bb = Get(big, "bare");
        Target("1M: engine within 3× of the bare search (median)", eb is null || bb is null ? null : Ratio(eb.MedianUs, bb.MedianUs), eb?.MedianUs <= 3 * bb?.MedianUs);
        var es = Get(small, "engine");
        Target("engine median at 1M within 3× of 10k", eb is null || es is null ? null : Ratio(eb.MedianUs, es.MedianUs), eb?.MedianUs <= 3 * es?.MedianUs);
        var sqlBest = new[] { Get(big, "sqlite"), Get(big, "postgres") }.OfType<LatencyResult>().MinBy(x => x.MedianUs);
        Target("1M: ≥ 50× faster than the best SQL baseline (median)", eb is null || sqlBest is null ? null : $"{Ratio(sqlBest.MedianUs, eb.MedianUs)} ({sqlBest.Method})", sqlBest?.MedianUs >= 50 * eb?.MedianUs);
        var hn = http["node"]?.MedianShare;
        Target("node query over HTTP ≥ ½ of the bare endpoint's throughput (median round)", hn is { } shareNode ? Inv($"{100 * shareNode:0}%") : null, hn >= 0.5);
        var ht = http["node-token"]?.MedianShare;
        Target("node query with a token ≥ ½ of the bare endpoint's throughput (median round)", ht is { } shareToken ? Inv($"{100 * shareToken:0}%") : null, ht >= 0.5);
        var hw = http["whoCanHelp"]?.Median;
        Target("whoCanHelp throughput and p99 under load reported", hw is not null ? Inv($"{hw.Rps:N0} requests/s, p99 {Ms(hw.P99Us)}") : File.Exists(unavailable) ? "not available in this schema yet" : null, hw is not null ? true : null);
        var lb = loads.FirstOrDefault(l => l.Size == "1M");
        Target("index load of 1M nodes ≤ 30 s", lb is null ? null : Inv($"{lb.Seconds:F1} s"), lb?.Seconds <= 30);
        Target("index load of 1M nodes ≤ 2 GB resident", lb is null ? null : Inv($"peak {lb.PeakMiB:N0} MiB, {lb.ResidentAfterGcMiB:N0} MiB after a full GC"), lb?.PeakMiB <= 2048);
        Line();
        if (runs.SelectMany(r => r.Disagreements).ToList() is { Count: > 0 } bad)
        {
            Line("Disagreements (first ones):");
            Line();
            foreach (var d in bad.Take(10)) Line($"- {d}");
            Line();
        }
        return sb.ToString();

        void Target(string name, string? measured, bool? met) =>
            Line($"| {name} | {measured ?? "not measured"} | {(met is null ? "—" : met.Value ? "yes" : "**no**")} |");
    }

    private static LatencyResult? Get(SizeRun? run, string method) => run?.Latencies.FirstOrDefault(l => l.Method == method);

    private static string Ms(double? us) => us switch
    {
        null => "—",
        < 1000 => Inv($"{us / 1000:0.000} ms"),
        < 10_000 => Inv($"{us / 1000:0.00} ms"),
        _ => Inv($"{us / 1000:0.0} ms"),
    };

    private static string Ratio(double? a, double? b, string style = "×") =>
        a is { } x && b is { } y && y > 0 ? style == "%" ? Inv($"{100 * x / y:0}%") : x / y < 0.1 ? Inv($"{x / y:0.000}×") : Inv($"{x / y:0.0}×") : "—";

    private static string First(string s, int n) => s.Length <= n ? s.Trim() : s[..n].Trim() + "…";

    private static string Escape(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("`", "'", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
