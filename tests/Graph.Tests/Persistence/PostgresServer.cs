using System.Diagnostics;
using Npgsql;

namespace ResourceHub.Graph.Tests.Persistence;

/// <summary>
/// A private PostgreSQL server for the test run: initdb into a temporary folder and started on a free port of 127.0.0.1
/// the first time a test asks for a database, stopped when the test process ends. As root it runs as the postgres
/// system user, since initdb refuses root. Each test gets a database of its own.
/// </summary>
internal static class PostgresServer
{
    private static readonly Lazy<Task<int>> Started = new(StartAsync);
    private static readonly Lazy<Task<int>> ReplicaStarted = new(StartReplicaAsync);
    private static string? _folder;

    /// <summary>The folder of PostgreSQL's programs (initdb, pg_ctl), the newest installed; null when there are none.</summary>
    public static string? BinDirectory { get; } = FindBinDirectory();

    /// <summary>Why PostgreSQL cases are skipped here.</summary>
    public const string Missing = "no PostgreSQL binaries (initdb, pg_ctl) here: install Debian's postgresql (.ci/run does) to run the persistence suite on PostgreSQL";

    /// <summary>A connection string to a new, empty database on the server; the test reports itself skipped where there is no server to start.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        Skip.If(BinDirectory is null, Missing);
        var port = await Started.Value;
        var name = "t_" + Guid.NewGuid().ToString("N");
        await using (var admin = new NpgsqlConnection(ConnectionString(port, "postgres")))
        {
            await admin.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE template0", admin);
            await cmd.ExecuteNonQueryAsync();
        }
        return ConnectionString(port, name);
    }

    /// <summary>
    /// The same database on a hot standby that streams from the server (pg_basebackup, then started on a port of its own
    /// the first time a test asks): what a test connects to as an instance's read replica.
    /// </summary>
    public static async Task<string> ReplicaOfAsync(string primary)
    {
        Skip.If(BinDirectory is null, Missing);
        return new NpgsqlConnectionStringBuilder(primary) { Port = await ReplicaStarted.Value }.ConnectionString;
    }

    private static string ConnectionString(int port, string database) =>
        $"Host=127.0.0.1;Port={port};Username=postgres;Database={database};Include Error Detail=true;Maximum Pool Size=40";

    private static string? FindBinDirectory()
    {
        IEnumerable<string> versions = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
            : [];
        return versions.FirstOrDefault() ?? (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    private static async Task<int> StartAsync()
    {
        if (BinDirectory is null) throw new InvalidOperationException(Missing);
        RemoveStopped();
        _folder = Path.Combine(Path.GetTempPath(), "resourcehub-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_folder);
        var asRoot = Environment.UserName == "root";
        if (asRoot) await RunAsync("chown", ["postgres", _folder], asPostgres: false);
        var data = Path.Combine(_folder, "data");
        await RunAsync(Path.Combine(BinDirectory, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale"], asRoot);
        var port = FreePort.Next();
        // A test server: durability traded for speed (a killed hub, not a killed server, is what the tests crash).
        var options = $"-p {port} -c listen_addresses=127.0.0.1 -k {_folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";
        await RunAsync(Path.Combine(BinDirectory, "pg_ctl"), ["-D", data, "-l", Path.Combine(_folder, "server.log"), "-w", "-o", options, "start"], asRoot);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(asRoot);
        return port;
    }

    private static async Task<int> StartReplicaAsync()
    {
        var primary = await Started.Value;
        var asRoot = Environment.UserName == "root";
        var data = Path.Combine(_folder!, "replica");
        // -R writes the standby's settings: it connects to the primary and replays its write-ahead log as it streams.
        await RunAsync(Path.Combine(BinDirectory!, "pg_basebackup"), ["-h", "127.0.0.1", "-p", $"{primary}", "-U", "postgres", "-D", data, "-R", "-X", "stream", "-c", "fast"], asRoot);
        var port = FreePort.Next();
        var options = $"-p {port} -c listen_addresses=127.0.0.1 -k {_folder} -c fsync=off -c hot_standby=on -c max_connections=300";
        await RunAsync(Path.Combine(BinDirectory!, "pg_ctl"), ["-D", data, "-l", Path.Combine(_folder!, "replica.log"), "-w", "-o", options, "start"], asRoot);
        return port;
    }

    private static void Stop(bool asRoot)
    {
        try
        {
            if (ReplicaStarted.IsValueCreated)
                RunAsync(Path.Combine(BinDirectory!, "pg_ctl"), ["-D", Path.Combine(_folder!, "replica"), "-m", "immediate", "-w", "stop"], asRoot).GetAwaiter().GetResult();
            RunAsync(Path.Combine(BinDirectory!, "pg_ctl"), ["-D", Path.Combine(_folder!, "data"), "-m", "immediate", "-w", "stop"], asRoot).GetAwaiter().GetResult();
            Directory.Delete(_folder!, recursive: true);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // The folder is under the temporary directory; what could not be stopped or removed goes with it.
        }
    }

    // Servers of earlier runs that stopped without removing their folder (a test process ended before it could).
    private static void RemoveStopped()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), "resourcehub-pg-*"))
        {
            if (File.Exists(Path.Combine(folder, "data", "postmaster.pid")) || Directory.GetCreationTimeUtc(folder) > DateTime.UtcNow.AddMinutes(-10)) continue;
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another run's, still starting: left to it.
            }
        }
    }

    private static async Task RunAsync(string program, string[] args, bool asPostgres)
    {
        var start = asPostgres ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", program, .. args]) : new ProcessStartInfo(program, args);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = Path.GetTempPath();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({process.ExitCode}): {await error}{await output}");
    }
}
