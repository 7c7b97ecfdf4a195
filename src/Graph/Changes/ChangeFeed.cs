using System.Collections.Concurrent;
using System.Threading.Channels;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Persistence;

namespace ResourceHub.Graph.Changes;

/// <summary>
/// One committed change as the feed hands it on: its sequence, when and by whom, the ids it wrote and removed, and the
/// network before and after it. Readers judge what a change means for their subscriber from the two snapshots.
/// </summary>
public sealed record NetworkChange(long Sequence, DateTimeOffset At, string Actor, ChangeLogEntry Changes, NetworkSnapshot Before, NetworkSnapshot After);

/// <summary>
/// The in-process feed of committed changes (the write path publishes each one after its commit, in order; so will the
/// follower that applies other instances' changes). Subscriptions and webhooks read it; nothing polls the database.
/// Each subscriber has a bounded queue: one that falls that far behind is closed with <see cref="ChangeFeedOverflowException"/>
/// and never makes the publisher wait or the hub's memory grow.
/// </summary>
public sealed class ChangeFeed
{
    private readonly ConcurrentDictionary<ChangeFeedSubscription, byte> _subscribers = new();

    /// <summary>How many subscribers read the feed now.</summary>
    public int Subscribers => _subscribers.Count;

    /// <summary>Starts reading the changes committed from now on, at most <paramref name="capacity"/> behind.</summary>
    public ChangeFeedSubscription Subscribe(int capacity = 256)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        var subscription = new ChangeFeedSubscription(this, capacity);
        _subscribers[subscription] = 0;
        return subscription;
    }

    /// <summary>Hands a committed change to every subscriber; one whose queue is full is closed.</summary>
    public void Publish(NetworkChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        foreach (var subscriber in _subscribers.Keys)
        {
            if (!subscriber.Offer(change)) Remove(subscriber, new ChangeFeedOverflowException(subscriber.Capacity));
        }
    }

    internal void Remove(ChangeFeedSubscription subscription, Exception? error)
    {
        if (_subscribers.TryRemove(subscription, out _)) subscription.Close(error);
    }
}

/// <summary>A subscriber's queue of committed changes, oldest first; dispose it to stop reading.</summary>
public sealed class ChangeFeedSubscription : IDisposable
{
    private readonly ChangeFeed _feed;
    private readonly Channel<NetworkChange> _queue;

    internal ChangeFeedSubscription(ChangeFeed feed, int capacity)
    {
        _feed = feed;
        Capacity = capacity;
        _queue = Channel.CreateBounded<NetworkChange>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });
    }

    /// <summary>How far behind the subscriber may fall.</summary>
    public int Capacity { get; }

    /// <summary>The changes, in commit order; completes with <see cref="ChangeFeedOverflowException"/> when the subscriber fell too far behind.</summary>
    public ChannelReader<NetworkChange> Changes => _queue.Reader;

    internal bool Offer(NetworkChange change) => _queue.Writer.TryWrite(change);

    internal void Close(Exception? error) => _queue.Writer.TryComplete(error);

    /// <inheritdoc />
    public void Dispose() => _feed.Remove(this, null);
}

/// <summary>A subscriber fell more changes behind than its queue holds, and was closed.</summary>
public sealed class ChangeFeedOverflowException(int capacity) : Exception($"the subscriber fell more than {capacity} changes behind and was closed")
{
    /// <summary>How far behind it was allowed to fall.</summary>
    public int Capacity { get; } = capacity;
}
