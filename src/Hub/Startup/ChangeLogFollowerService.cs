using ResourceHub.Graph.Persistence;

namespace ResourceHub.Hub.Startup;

/// <summary>Follows the change log once the index is loaded, so what other instances commit reaches this one's index and subscribers.</summary>
internal sealed partial class ChangeLogFollowerService(ChangeLogFollower follower, ILogger<ChangeLogFollowerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await follower.RunAsync(LogFailed, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(LogLevel.Warning, "Could not follow the change log; trying again")]
    private partial void LogFailed(Exception e);
}
