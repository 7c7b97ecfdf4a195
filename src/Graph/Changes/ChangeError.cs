using System.Globalization;

namespace ResourceHub.Graph.Changes;

/// <summary>
/// Why a change set was refused: which operation, which field, what is wrong, and a code. The message is a template
/// whose placeholders (<c>{0}</c>, <c>{1}</c> …) stand for typed values — <see cref="NodeRef"/>s, link types, kinds and
/// other enum values, lists of them — so that each layer names them its own way: <see cref="Message"/> with the model's
/// names, the API with its global ids and enum values (<see cref="Render"/>).
/// </summary>
/// <param name="Operation">Index of the operation in the change set, or -1 for the set as a whole.</param>
/// <param name="Field">The field at fault (e.g. <c>code</c>, <c>name</c>, <c>toId</c>).</param>
/// <param name="Template">What is wrong, in a sentence a user can act on, with placeholders for <paramref name="Args"/>.</param>
/// <param name="Code">One of <see cref="ChangeErrorCodes"/>.</param>
/// <param name="Args">The values the template names, in order; none for a plain sentence.</param>
public sealed record ChangeError(int Operation, string Field, string Template, string Code, IReadOnlyList<object>? Args = null)
{
    /// <summary>The message with the model's own names: <c>Volunteer 12</c>, <c>MemberOf</c>.</summary>
    public string Message => Render(PlainName);

    /// <summary>The message with each value named by <paramref name="name"/>.</summary>
    public string Render(Func<object, string> name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Args is not { Count: > 0 } args ? Template : string.Format(CultureInfo.InvariantCulture, Template, args.Select(name).ToArray());
    }

    /// <summary>A value by the model's own name.</summary>
    public static string PlainName(object value) => value switch
    {
        NodeRef n => n.ToString(),
        IEnumerable<NodeRef> nodes => string.Join(", ", nodes),
        Enum e => e.ToString(),
        IEnumerable<Enum> values => string.Join(", ", values),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <inheritdoc />
    public override string ToString() => $"[{Operation}] {Field}: {Message} ({Code})";
}
