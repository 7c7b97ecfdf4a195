using System.Diagnostics;

namespace ResourceHub.Hub.Tests;

/// <summary>The Node.js tools some tests drive (the explorer in Chromium, the graphql-ws client): installed from their lockfiles, run with a time limit.</summary>
internal static class NodeTool
{
    private static readonly SemaphoreSlim Install = new(1, 1);

    /// <summary>Runs npm ci in the tool's folder once, when <paramref name="package"/> is not installed there yet.</summary>
    public static async Task EnsureInstalledAsync(string tool, string package)
    {
        await Install.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(tool, "node_modules", package))) return;
            var (exitCode, output) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], tool, TimeSpan.FromMinutes(5));
            if (exitCode != 0) throw new InvalidOperationException($"npm ci in {tool} failed ({exitCode}):\n{output}");
        }
        finally
        {
            Install.Release();
        }
    }

    /// <summary>Runs a program in a folder; its exit code and everything it wrote. Killed past <paramref name="timeout"/>.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string program, string[] arguments, string directory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = StartOrExplain(start);
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
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} took longer than {timeout}:\n{await stdout}{await stderr}");
        }
        return (process.ExitCode, await stdout + await stderr);
    }

    private static Process StartOrExplain(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start");
        }
        catch (System.ComponentModel.Win32Exception e) when (start.FileName is "node" or "npm")
        {
            throw new InvalidOperationException($"this test needs Node.js 20+ with npm on PATH ({start.FileName}: {e.Message})", e);
        }
    }
}
