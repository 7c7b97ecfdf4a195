using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Index;

namespace ResourceHub.Graph.Persistence;

/// <summary>The outcome of <see cref="IStoreTransaction.WriteAsync"/>.</summary>
public sealed record StoreCommit
{
    private StoreCommit(StoreCommitStatus status, long sequence, IReadOnlyDictionary<long, long> ids)
    {
        Status = status;
        Sequence = sequence;
        Ids = ids;
    }

    /// <summary>How it ended.</summary>
    public StoreCommitStatus Status { get; }

    /// <summary>The change's sequence (committed).</summary>
    public long Sequence { get; }

    /// <summary>The real id of each temporary one (committed).</summary>
    public IReadOnlyDictionary<long, long> Ids { get; }

    /// <summary>The change in final form (committed).</summary>
    public NetworkDelta? Delta { get; private init; }

    /// <summary>Its change-log entry (committed).</summary>
    public ChangeLogEntry? Entry { get; private init; }

    /// <summary>The row that changed under it (conflict).</summary>
    public ChangeError? Conflict { get; private init; }

    /// <summary>Written as change <paramref name="sequence"/>.</summary>
    public static StoreCommit Committed(long sequence, IReadOnlyDictionary<long, long> ids, NetworkDelta delta, ChangeLogEntry entry) =>
        new(StoreCommitStatus.Committed, sequence, ids) { Delta = delta, Entry = entry };

    /// <summary>Not written: <paramref name="conflict"/> says which row changed.</summary>
    public static StoreCommit Conflicted(ChangeError conflict) => new(StoreCommitStatus.Conflict, 0, new Dictionary<long, long>()) { Conflict = conflict };
}
