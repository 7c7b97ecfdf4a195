using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Changes;

/// <summary>A node named in a message: its id (negative for one the change set creates) and kind; never its name, which may be personal.</summary>
/// <param name="Id">The node's id, or the temporary id of one being created.</param>
/// <param name="Kind">Its kind.</param>
public readonly record struct NodeRef(long Id, NodeKind Kind)
{
    /// <summary>The reference to a node.</summary>
    public static NodeRef Of(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new NodeRef(node.Id, node.Kind);
    }

    /// <summary>True for a node the change set creates.</summary>
    public bool IsNew => Id < 0;

    /// <inheritdoc />
    public override string ToString() => IsNew ? $"the new {Kind}" : $"{Kind} {Id}";
}
