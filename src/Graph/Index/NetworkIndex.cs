namespace ResourceHub.Graph.Index;

/// <summary>
/// Holds the current <see cref="NetworkSnapshot"/>. Reads take <see cref="Current"/> and keep using that
/// snapshot for the whole request; the write path swaps in the next snapshot after each commit.
/// </summary>
public sealed class NetworkIndex
{
    private NetworkSnapshot _current = NetworkSnapshot.Empty;
    private readonly TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The current snapshot.</summary>
    public NetworkSnapshot Current => Volatile.Read(ref _current);

    /// <summary>True once the index has been loaded from the database.</summary>
    public bool IsLoaded => _loaded.Task.IsCompleted;

    /// <summary>Completes when the index has been loaded from the database.</summary>
    public Task Loaded => _loaded.Task;

    /// <summary>Replaces the current snapshot. Only the write path and the loader call this.</summary>
    public void Swap(NetworkSnapshot next)
    {
        ArgumentNullException.ThrowIfNull(next);
        Volatile.Write(ref _current, next);
    }

    /// <summary>Sets the snapshot loaded at start and marks the index loaded.</summary>
    public void SetLoaded(NetworkSnapshot loaded)
    {
        Swap(loaded);
        _loaded.TrySetResult();
    }
}
