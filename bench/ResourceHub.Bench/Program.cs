using ResourceHub.Bench;

// bench/run.sh drives these verbs; each can also run alone (see bench/README.md).
const string usage = """
    usage: ResourceHub.Bench VERB [SIZE...]      sizes: 10k 100k 1M (default: those in BENCH_SIZES whose data exists)
      latency [SIZE...]   agreement check, then per-call median and p99 of engine, bare search, SQLite, PostgreSQL
      bdn                 the same cases under BenchmarkDotNet (in process), the bare search as the Ratio baseline
      analytics SIZE      the officials' analytics of a district and the city, and the district's exports, timed in process
      neo4j [SIZE...]     the compared question as Cypher on a live Neo4j 3.1.1 (imported by neo4j-import), beside engine, bare and SQLite
      writes SIZE         whoCanHelp idle and beside 100 single-node commits a second, the commits' latency, and 32 writers' commits a second
      lag SIZE            two instances on one database: how soon a commit on one is visible on the other (SQLite; PostgreSQL with PG_BENCH)
      load SIZE           index load of SIZE's SQLite file in this (fresh) process: seconds and peak resident memory
      memory SIZE         managed bytes the index holds per node and per link, by kind
      pg-import SIZE      copy SIZE's rows into PostgreSQL (PG_BENCH) with binary COPY
      report              write bench/README.md from bench/.data/results
      http-bodies DOC SIZE OUT   one JSON request a line: the GraphQL document in DOC with $id = each sampled need of SIZE
      spin SIZE SECONDS   only the engine over the sample, for a profiler to watch (dotnet-trace)
    """;

if (args.Length == 0)
{
    Console.Error.WriteLine(usage);
    return 2;
}
var sizes = args.Length > 1 ? args[1..Math.Min(args.Length, args[0] == "spin" ? 2 : args[0] == "http-bodies" ? 1 : args.Length)].Select(BenchSize.Parse).ToList() : BenchSize.Selected();
switch (args[0])
{
    case "latency":
        var failed = 0;
        foreach (var size in sizes) failed += LatencyRun.Run(size);
        return failed == 0 ? 0 : 1;
    case "bdn":
        return BdnRun.Run();
    case "analytics" when args.Length == 2:
        return await AnalyticsRun.RunAsync(sizes[0]);
    case "writes" when args.Length == 2:
        return await WritesRun.RunAsync(sizes[0]);
    case "lag" when args.Length == 2:
        return await LagRun.RunAsync(sizes[0]);
    case "load" when args.Length == 2:
        return await IndexLoadRun.RunAsync(sizes[0]);
    case "neo4j":
        var neo4jFailed = 0;
        foreach (var size in sizes) neo4jFailed += await Neo4jRun.RunAsync(size);
        return neo4jFailed == 0 ? 0 : 1;
    case "memory" when args.Length == 2:
        return await MemoryRun.RunAsync(sizes[0]);
    case "pg-import" when args.Length == 2:
        return await PostgresImport.RunAsync(sizes[0]);
    case "spin" when args.Length == 3:
        return SpinRun.Run(sizes[0], double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
    case "http-bodies" when args.Length == 4:
        return HttpBodies.Write(args[1], BenchSize.Parse(args[2]), args[3]);
    case "report":
        return Report.Write();
    default:
        Console.Error.WriteLine(usage);
        return 2;
}
