namespace ResourceHub.Graph.Changes;

/// <summary>The outcome of committing a change set: either errors (nothing written) or the change-log sequence and real ids.</summary>
public sealed class CommitResult
{
    private CommitResult(IReadOnlyList<ChangeError> errors, long sequence, IReadOnlyDictionary<long, long> ids, bool replayed = false)
    {
        Errors = errors;
        Sequence = sequence;
        Ids = ids;
        Replayed = replayed;
    }

    /// <summary>True when this is the result of an earlier commit under the same idempotency key; nothing was written now.</summary>
    public bool Replayed { get; }

    /// <summary>True when the change was committed.</summary>
    public bool Succeeded => Errors.Count == 0;

    /// <summary>Why the change was refused; empty on success.</summary>
    public IReadOnlyList<ChangeError> Errors { get; }

    /// <summary>The change-log sequence number of the commit; 0 when refused or when there was nothing to do.</summary>
    public long Sequence { get; }

    /// <summary>Real ids of the nodes and links created, by their temporary ids.</summary>
    public IReadOnlyDictionary<long, long> Ids { get; }

    /// <summary>The real id of something created under a temporary id (a real id is returned as is).</summary>
    public long IdOf(long tempId) => tempId > 0 ? tempId : Ids.TryGetValue(tempId, out var id) ? id : throw new KeyNotFoundException($"no id for temporary id {tempId}");

    internal static CommitResult Refused(IReadOnlyList<ChangeError> errors) => new(errors, 0, new Dictionary<long, long>());

    internal static CommitResult Committed(long sequence, IReadOnlyDictionary<long, long> ids, bool replayed = false) => new([], sequence, ids, replayed);
}
