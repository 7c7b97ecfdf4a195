namespace ResourceHub.Hub.Startup;

/// <summary>Loads the index in the background when serving, so /healthz can say 503 until it is ready.</summary>
internal sealed partial class NetworkLoaderService(NetworkLoader loader, HubOptions options, IHostApplicationLifetime lifetime, ILogger<NetworkLoaderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await loader.LoadAsync(options.SeedDemo, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
#pragma warning disable CA1031 // a hub that cannot load its network must stop, whatever the cause
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogFailed(e);
            lifetime.StopApplication();
        }
    }

    [LoggerMessage(LogLevel.Critical, "Could not load the network; stopping")]
    private partial void LogFailed(Exception e);
}
