namespace ResourceHub.Graph.Persistence;

/// <summary>How a change written in a store transaction ended (<see cref="IStoreTransaction.WriteAsync"/>).</summary>
public enum StoreCommitStatus
{
    /// <summary>Written, as the next change in the log; committed with its transaction.</summary>
    Committed,

    /// <summary>Not written: a row it updates or deletes changed since it was validated.</summary>
    Conflict,
}
