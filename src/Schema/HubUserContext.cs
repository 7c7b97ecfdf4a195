using ResourceHub.Graph.Index;

namespace ResourceHub.Schema;

/// <summary>What one request carries: the snapshot it reads, fixed when the request starts so every field sees the same network.</summary>
public sealed class HubUserContext : Dictionary<string, object?>
{
    /// <summary>Creates the context of a request over a snapshot.</summary>
    public HubUserContext(NetworkSnapshot snapshot) => Snapshot = snapshot;

    /// <summary>The snapshot the whole request reads.</summary>
    public NetworkSnapshot Snapshot { get; }
}
