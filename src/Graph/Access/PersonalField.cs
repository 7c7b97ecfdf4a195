using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Access;

/// <summary>
/// A field of a kind that not every caller may see: the level it needs, and what a caller below that level gets
/// instead. Declared once in <see cref="PersonalFields"/>; the GraphQL fields that show it carry it as metadata, and
/// filters, search and matching read a node through <see cref="AccessPolicy.View(Node)"/>, which applies the same rules.
/// </summary>
public sealed class PersonalField
{
    private readonly Func<Node, NetworkSnapshot, Node> _hide;

    internal PersonalField(NodeKind kind, string name, AccessLevel level, bool masked, string seenBy, Func<Node, NetworkSnapshot, Node> hide)
    {
        SeenBy = seenBy;
        Kind = kind;
        Name = name;
        Level = level;
        Masked = masked;
        _hide = hide;
    }

    /// <summary>The kind of node it belongs to.</summary>
    public NodeKind Kind { get; }

    /// <summary>The field's name in the API, e.g. <c>phone</c>; the audit log records reads by this name.</summary>
    public string Name { get; }

    /// <summary>The level a caller needs to see the real value.</summary>
    public AccessLevel Level { get; }

    /// <summary>
    /// True when a caller below <see cref="Level"/> sees a substitute made from what they may see (an elder's need's
    /// public title for its name); false when they get null, with a FORBIDDEN error in the API.
    /// </summary>
    public bool Masked { get; }

    /// <summary>
    /// The item of a consent's scope under which a referral shares this field with the helper's side (<c>name</c>,
    /// <c>phone</c>, <c>address</c>, <c>health</c>, <c>notes</c>); empty when every consent that covers the referral
    /// shares it (the referred need's own text), null when no consent does.
    /// </summary>
    public string? SharedAs { get; init; }

    /// <summary>Who sees the real value, in words for error messages: "social workers who serve the elder's community and admins".</summary>
    public string SeenBy { get; }

    /// <summary>The node with this field as a caller below <see cref="Level"/> sees it.</summary>
    public Node Hide(Node node, NetworkSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(snapshot);
        return node.Kind == Kind ? _hide(node, snapshot) : throw new ArgumentException($"{Name} is a field of {Kind}, not of {node.Kind}", nameof(node));
    }

    /// <inheritdoc />
    public override string ToString() => $"{Kind}.{Name}";
}
