using System.Diagnostics;

namespace ResourceHub.Hub.Tests.Persistence;

/// <summary>
/// The hub in a process of its own (the built ResourceHub.Hub.dll, as <c>dotnet run</c> starts it), so a test can kill it
/// with SIGKILL at any moment and start it again on the same database.
/// </summary>
internal sealed class ChildHub : IAsyncDisposable
{
    private readonly Process _process;

    private ChildHub(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static string HubDll { get; } = Path.Combine(AppContext.BaseDirectory, "ResourceHub.Hub.dll");

    /// <summary>Starts the hub on a free port in Development on the data directory (and database) given, once /readyz says ready.</summary>
    public static async Task<ChildHub> StartAsync(string dataDirectory, string? connectionString)
    {
        var port = Graph.Tests.Persistence.FreePort.Next();
        var address = new Uri($"http://127.0.0.1:{port}");
        var process = Start(["--urls=" + address.ToString().TrimEnd('/'), "--Hub:DataDirectory=" + dataDirectory, .. Settings(connectionString),
            "--Hub:RateLimits:AnonymousPerSecond=1000000", "--Hub:RateLimits:AnonymousBurst=1000000",
            "--Hub:RateLimits:SignedInPerSecond=1000000", "--Hub:RateLimits:SignedInBurst=1000000", "--Hub:Telemetry:Console=false"]);
        // Drained so a chatty hub never blocks on a full pipe.
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var hub = new ChildHub(process, address);
        using var client = new HttpClient { BaseAddress = address };
        for (var i = 0; i < 1200; i++)
        {
            if (process.HasExited) throw new InvalidOperationException($"the hub exited with {process.ExitCode}");
            try
            {
                if ((await client.GetAsync(new Uri("/readyz", UriKind.Relative))).IsSuccessStatusCode) return hub;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(50);
        }
        await hub.DisposeAsync();
        throw new TimeoutException("the hub did not become ready");
    }

    /// <summary>Runs a verb of the hub to its end (or kills it after <paramref name="killAfter"/>); its exit code, or null when killed.</summary>
    public static async Task<(int? ExitCode, string Output)> RunAsync(string[] args, TimeSpan? killAfter = null)
    {
        using var process = Start(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(killAfter ?? TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await output + await error);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return (null, await output + await error);
        }
    }

    public static string[] Settings(string? connectionString) => connectionString is null ? [] : ["--ConnectionStrings:Hub=" + connectionString];

    /// <summary>Kills the process at once (SIGKILL): no shutdown, no flush, nothing finished.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private static Process Start(string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [HubDll, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DOTNET_NOLOGO"] = "1";
        return Process.Start(start)!;
    }
}
