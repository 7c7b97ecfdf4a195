namespace ResourceHub.Graph.Query;

/// <summary>An ordering of nodes.</summary>
/// <param name="Field">What to order by.</param>
/// <param name="Descending">Largest first.</param>
public sealed record NodeOrder(NodeOrderField Field, bool Descending = false)
{
    /// <summary>Creation order, oldest first.</summary>
    public static NodeOrder Default { get; } = new(NodeOrderField.Created);
}
