namespace ResourceHub.Graph.Model;

/// <summary>A property of a record that names another node, with the kinds it may name.</summary>
/// <param name="Field">The property's name, for error messages.</param>
/// <param name="TargetId">The node named.</param>
/// <param name="Allowed">The kinds the property may name.</param>
public readonly record struct NodeReference(string Field, long TargetId, NodeKind[] Allowed);
