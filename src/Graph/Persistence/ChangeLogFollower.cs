using System.Data.Common;
using ResourceHub.Graph.Index;

namespace ResourceHub.Graph.Persistence;

/// <summary>
/// Keeps an instance's index in step with what other instances commit to the same database: waits for the change log
/// to move (<see cref="INetworkStore.WaitForChangesAsync"/>: notified on PostgreSQL, asked at an interval on SQLite)
/// and has the write path apply and publish what it finds, so subscriptions and webhooks work on every instance.
/// </summary>
public sealed class ChangeLogFollower(INetworkStore store, NetworkWriter writer, NetworkIndex index)
{
    /// <summary>How long one wait lasts before the follower asks again anyway.</summary>
    public TimeSpan Patience { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Follows until cancelled; a database that cannot be reached is tried again, each failure told to <paramref name="failed"/>.</summary>
    public async Task RunAsync(Action<Exception>? failed = null, CancellationToken ct = default)
    {
        await index.Loaded.WaitAsync(ct).ConfigureAwait(false);
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await store.WaitForChangesAsync(index.Current.Sequence, Patience, ct).ConfigureAwait(false);
                await writer.FollowAsync(ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is DbException or IOException or TimeoutException or InvalidOperationException)
            {
                failed?.Invoke(e);
                await Task.Delay(Patience, ct).ConfigureAwait(false);
            }
        }
    }
}
