using ResourceHub.Graph.Access;
using ResourceHub.Graph.Index;

namespace ResourceHub.Schema;

/// <summary>What one request carries: the snapshot it reads, fixed when the request starts so every field sees the same network.</summary>
public sealed class HubUserContext : Dictionary<string, object?>
{
    /// <summary>Creates the context of a request over a snapshot.</summary>
    public HubUserContext(NetworkSnapshot snapshot, Viewer viewer)
    {
        Snapshot = snapshot;
        Viewer = viewer;
    }

    /// <summary>Who is asking.</summary>
    public Viewer Viewer { get; }

    /// <summary>The snapshot the request reads; a mutation moves it on to the snapshot its commit produced.</summary>
    public NetworkSnapshot Snapshot { get; private set; }

    /// <summary>Moves the request on to a newer snapshot (after a mutation committed); never back.</summary>
    public void Advance(NetworkSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Sequence > Snapshot.Sequence) Snapshot = snapshot;
    }
}
