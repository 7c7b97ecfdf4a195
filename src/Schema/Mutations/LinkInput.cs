using ResourceHub.Graph.Model;

namespace ResourceHub.Schema.Mutations;

/// <summary>An input field that sets a link of the node (its home area, parent, owner …) instead of a property.</summary>
/// <param name="Name">The input field's name, e.g. areaId.</param>
/// <param name="Type">The link type.</param>
/// <param name="NodeIsSource">True when the link goes from the node to the named one (areaId), false when it comes from it (ownerId of a need).</param>
/// <param name="Kinds">The kinds the named node may be.</param>
/// <param name="RequiredOnCreate">Create needs it.</param>
/// <param name="Description">Its description.</param>
public sealed record LinkInput(string Name, LinkType Type, bool NodeIsSource, NodeKind[] Kinds, bool RequiredOnCreate, string Description);
