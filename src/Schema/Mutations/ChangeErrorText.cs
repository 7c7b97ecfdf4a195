using System.Globalization;
using GraphQL;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Mutations;

/// <summary>
/// The message of a refused change in the API's own names: nodes by kind and global id (a node the change set creates
/// as "the new Kind"), link types and other enum values as the schema spells them (MEMBER_OF, TOWNSHIP), long lists cut.
/// </summary>
internal static class ChangeErrorText
{
    private const int ListedAtMost = 5;

    public static string Of(ChangeError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Render(Name);
    }

    private static string Name(object value) => value switch
    {
        NodeRef n => Node(n),
        IReadOnlyList<NodeRef> nodes => List(nodes.Select(Node).ToList()),
        NodeKind kind => kind.ToString(),
        IEnumerable<Enum> values => string.Join(", ", values.Select(Enum)),
        Enum e => Enum(e),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static string Node(NodeRef n) => n.IsNew ? $"the new {n.Kind}" : $"{n.Kind} '{GlobalId.Encode(n.Kind, n.Id)}'";

    // Kinds are named as the schema's types are (Organization); every other enum value as the schema's enums spell it.
    private static string Enum(Enum e) => e is NodeKind ? e.ToString() : e.ToString().ToConstantCase();

    private static string List(IReadOnlyList<string> items) =>
        items.Count <= ListedAtMost ? string.Join(", ", items) : $"{string.Join(", ", items.Take(ListedAtMost))} and {items.Count - ListedAtMost} more ({items.Count} in all)";
}
