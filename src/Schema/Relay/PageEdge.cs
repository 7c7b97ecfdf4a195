using ResourceHub.Graph.Model;

namespace ResourceHub.Schema.Relay;

/// <summary>An edge of a page: the item, its cursor and, in relationship connections, the link it was reached by.</summary>
/// <param name="Node">The item.</param>
/// <param name="Cursor">Its cursor.</param>
/// <param name="Link">The link, or null.</param>
public sealed record PageEdge<T>(T Node, string Cursor, Link? Link);
