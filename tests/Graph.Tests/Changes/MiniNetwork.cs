using ResourceHub.Graph.Index;

namespace ResourceHub.Graph.Tests.Changes;

/// <summary>
/// The network built by <see cref="SnapshotFixture.MiniNetwork"/>: its snapshot, the real id of every temporary id
/// of its change set, and the ids of its nodes (temporary ids while the snapshot is still empty).
/// </summary>
internal sealed record MiniNetwork(
    NetworkSnapshot Snapshot, IReadOnlyDictionary<long, long> Ids,
    long City, long District, long Township, long Community, long Station, long Volunteer, long Elder, long Need)
{
    /// <summary>The real id given to something created under a temporary id.</summary>
    public long IdOf(long tempId) => Ids[tempId];
}
