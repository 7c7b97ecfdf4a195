using System.ComponentModel;
using System.Diagnostics;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ResourceHub.Hub.Tests.Endpoints;

/// <summary>
/// The audit suite of npm graphql-http, run with node from tests/Hub.Tests/Audit. Installs the locked packages
/// with npm ci when they are missing or differ from package-lock.json, once at a time across test runs.
/// </summary>
internal static class GraphQLHttpAudit
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    public static string Folder { get; } = typeof(GraphQLHttpAudit).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "AuditDirectory").Value!;

    /// <summary>Runs <c>npm ci</c> unless node_modules already holds what package-lock.json names.</summary>
    public static async Task EnsureInstalledAsync(Action<string> log)
    {
        if (IsInstalled()) return;
        await InstallGate.WaitAsync();
        try
        {
            // Two test runs over one checkout (two frameworks, two terminals) must not both run npm ci in one folder.
            using var fileLock = await LockAsync();
            if (IsInstalled()) return;
            var npm = OperatingSystem.IsWindows() ? "npm.cmd" : "npm";
            var (exit, output) = await RunAsync(npm, ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(5));
            log($"npm ci in {Folder}:\n{output}");
            if (exit != 0 || !IsInstalled())
                throw new InvalidOperationException($"npm ci failed with exit code {exit} in {Folder}:\n{output}");
        }
        finally
        {
            InstallGate.Release();
        }
    }

    /// <summary>Runs <c>node audit.mjs URL</c> and returns its exit code and what it printed.</summary>
    public static Task<(int ExitCode, string Output)> RunAsync(Uri graphqlUrl) =>
        RunAsync("node", ["audit.mjs", graphqlUrl.ToString()], TimeSpan.FromMinutes(2));

    /// <summary>
    /// Runs <c>node introspect.mjs URL SDL</c>: npm graphql's full introspection against the hub, and the client schema built
    /// from it printed beside the published SDL, into <paramref name="outDir"/>.
    /// </summary>
    public static Task<(int ExitCode, string Output)> IntrospectAsync(Uri graphqlUrl, string sdl, string outDir) =>
        RunAsync("node", ["introspect.mjs", graphqlUrl.ToString(), sdl], TimeSpan.FromMinutes(2), ("OUT_DIR", outDir));

    /// <summary>npm writes node_modules/.package-lock.json last; every package in it must have the locked version.</summary>
    private static bool IsInstalled()
    {
        var installed = Path.Combine(Folder, "node_modules", ".package-lock.json");
        if (!File.Exists(installed)) return false;
        try
        {
            var want = Packages(Path.Combine(Folder, "package-lock.json"));
            var have = Packages(installed);
            return want.Where(p => p.Key.Length > 0).All(p => have.TryGetValue(p.Key, out var version) && version == p.Value);
        }
        catch (JsonException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static Dictionary<string, string?> Packages(string lockFile)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(lockFile));
        return json.RootElement.GetProperty("packages").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.TryGetProperty("version", out var v) ? v.GetString() : null);
    }

    private static async Task<FileStream> LockAsync()
    {
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(Folder))))[..16];
        var path = Path.Combine(Path.GetTempPath(), $"resourcehub-audit-npm-ci-{key}.lock");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(250, timeout.Token);
            }
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string fileName, string[] arguments, TimeSpan timeout, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment) start.Environment[name] = value;

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"'{fileName}' could not be started ({e.Message}); node 18+ and npm must be on PATH for the GraphQL-over-HTTP audit.", e);
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var cts = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {timeout}:\n{await stdout}{await stderr}");
            }
            return (process.ExitCode, await stdout + await stderr);
        }
    }
}
