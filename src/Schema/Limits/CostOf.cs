using ResourceHub.Graph.Model;

namespace ResourceHub.Schema.Limits;

/// <summary>
/// How many items a list field holds when no argument says (a list with <c>first</c> or <c>last</c> costs what they
/// ask; one without costs GraphQL.NET's default of 20): the sizes the network really gives, so a document's cost is
/// what it would read.
/// </summary>
internal static class CostOf
{
    /// <summary>Nodes of an explanation path: the need, its area, up to six links of the linkage network, the helper.</summary>
    public const double PathSteps = 8;

    /// <summary>Areas directly below one area: a district's townships, a township's communities.</summary>
    public const double ChildAreas = 30;

    /// <summary>Kinds of node, one count each.</summary>
    public static readonly double Kinds = Enum.GetValues<NodeKind>().Length;
}
