namespace ResourceHub.Graph.Persistence;

/// <summary>The ids one change wrote and removed, as kept in <see cref="ChangeLogRow.Changes"/>.</summary>
/// <param name="Nodes">Node ids created or updated.</param>
/// <param name="DeletedNodes">Node ids deleted.</param>
/// <param name="Links">Link ids created or updated.</param>
/// <param name="DeletedLinks">Link ids deleted.</param>
public sealed record ChangeLogEntry(long[] Nodes, long[] DeletedNodes, long[] Links, long[] DeletedLinks)
{
    /// <summary>The entry of a change in final form: the ids it writes and removes.</summary>
    public static ChangeLogEntry Of(Index.NetworkDelta delta)
    {
        ArgumentNullException.ThrowIfNull(delta);
        return new([.. delta.UpsertedNodes.Select(n => n.Id)], [.. delta.DeletedNodes], [.. delta.UpsertedLinks.Select(l => l.Id)], [.. delta.DeletedLinks]);
    }
}
