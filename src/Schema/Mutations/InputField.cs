using GraphQL.Types;
using ResourceHub.Graph.Model;

namespace ResourceHub.Schema.Mutations;

/// <summary>One writable field of a kind: its GraphQL input type, description, whether create needs it, and how it sets the node.</summary>
/// <param name="Name">The input field's name.</param>
/// <param name="GraphType">The GraphQL input type (without NonNull).</param>
/// <param name="Description">Its description.</param>
/// <param name="RequiredOnCreate">Create needs it.</param>
/// <param name="Apply">Sets the value (already converted to the CLR type by <see cref="InputValues"/>) on a node.</param>
public sealed record InputField(string Name, Type GraphType, string Description, bool RequiredOnCreate, Func<Node, object?, Node> Apply);
