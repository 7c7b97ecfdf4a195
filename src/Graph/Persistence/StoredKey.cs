namespace ResourceHub.Graph.Persistence;

/// <summary>The change an idempotency key was committed with: its sequence and the ids it gave.</summary>
/// <param name="Sequence">The change's sequence.</param>
/// <param name="Ids">The real id of each temporary one.</param>
public sealed record StoredKey(long Sequence, IReadOnlyDictionary<long, long> Ids);
