using ResourceHub.Graph.Analytics;
using ResourceHub.Graph.Persistence;
using ResourceHub.Graph.TimeBank;

namespace ResourceHub.Hub.Startup;

/// <summary>
/// The settings a hub cannot run without, checked as it starts and before it serves or runs a verb: what they decide
/// (the store, the time bank's rules, analytics' budget) is built once here, so a setting that is wrong
/// is told as one sentence naming it, with exit code 2, rather than as a stack trace from inside the host's start.
/// </summary>
internal static class HubSettingsCheck
{
    /// <summary>Builds what the settings decide (referrals' expiry is optional: unset, referrals do not expire); throws <see cref="InvalidOperationException"/> saying what is wrong.</summary>
    public static void Run(IServiceProvider services)
    {
        _ = services.GetRequiredService<INetworkStore>();
        _ = services.GetRequiredService<TimeBankRules>();
        _ = services.GetRequiredService<BetweennessOptions>();
    }
}
