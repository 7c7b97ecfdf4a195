using ResourceHub.Graph.Referrals;

namespace ResourceHub.Hub.Startup;

/// <summary>
/// Runs <see cref="ReferralExpiry"/> every <see cref="ReferralOptions.CheckEvery"/> on the hub's clock, so referrals
/// nobody answered within <see cref="ReferralOptions.ExpireAfter"/> end as EXPIRED.
/// </summary>
internal sealed partial class ReferralExpiryService(IServiceProvider services, HubOptions options, TimeProvider time, ILogger<ReferralExpiryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Referrals.ExpireAfter is null) return;
        var expiry = services.GetRequiredService<ReferralExpiry>();
        using var timer = new PeriodicTimer(options.Referrals.CheckEvery, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    if (await expiry.ExpireDueAsync(stoppingToken) is > 0 and var count) LogExpired(count);
                }
#pragma warning disable CA1031 // a failed round is tried again at the next tick; the hub keeps serving
                catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    LogFailed(e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(LogLevel.Information, "Expired {Count} referral(s) sent and not answered in time")]
    private partial void LogExpired(int count);

    [LoggerMessage(LogLevel.Error, "Expiring referrals failed; trying again at the next check")]
    private partial void LogFailed(Exception e);
}

/// <summary>How referrals wait for an answer (section <c>Hub:Referrals</c>).</summary>
public sealed class ReferralOptions
{
    /// <summary>
    /// How long a sent referral waits for the helper's answer before it expires; none by default, so nothing expires until
    /// a district sets its rule (e.g. <c>72:00:00</c>). The demo network's sent referrals date from before today, and would
    /// expire within a minute of the first start.
    /// </summary>
    public TimeSpan? ExpireAfter { get; set; }

    /// <summary>How often the hub looks for referrals past their time. Default one minute.</summary>
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromMinutes(1);
}
