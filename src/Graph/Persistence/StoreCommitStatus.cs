namespace ResourceHub.Graph.Persistence;

/// <summary>How a store's commit ended.</summary>
public enum StoreCommitStatus
{
    /// <summary>Written, as the next change in the log.</summary>
    Committed,

    /// <summary>Not written: the change log moved past the expected head; catch up and validate again.</summary>
    Stale,

    /// <summary>Not written: a row it updates or deletes changed since it was validated.</summary>
    Conflict,

    /// <summary>Not written: its idempotency key was already taken, by the change given.</summary>
    Replayed,
}
