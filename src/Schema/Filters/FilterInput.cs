using ResourceHub.Graph.Query;
using ResourceHub.Schema.Mutations;

namespace ResourceHub.Schema.Filters;

/// <summary>
/// A <c>where</c> argument as the client wrote it, read by its filter input type: conditions on the node itself, and
/// the global ids and codes that <see cref="FilterReader"/> resolves against the network.
/// </summary>
public sealed record FilterInput
{
    /// <summary>The name matches.</summary>
    public TextMatch? Name { get; init; }

    /// <summary>The kind within the node's kind is one of these (enum value names).</summary>
    public IReadOnlyList<string>? KindIn { get; init; }

    /// <summary>Global id of an area the node lies in or below.</summary>
    public string? WithinArea { get; init; }

    /// <summary>Statistical code of an area the node lies in or below.</summary>
    public string? WithinAreaCode { get; init; }

    /// <summary>A service code the node offers or asks, or one below it.</summary>
    public string? OffersService { get; init; }

    /// <summary>A situation code the node is for.</summary>
    public string? ForSituation { get; init; }

    /// <summary>Within a distance of a point.</summary>
    public NearPoint? Near { get; init; }

    /// <summary>Linked to a node: its global id, and the link's type and direction when given.</summary>
    public LinkedToInput? LinkedTo { get; init; }

    /// <summary>All of these hold.</summary>
    public IReadOnlyList<FilterInput>? And { get; init; }

    /// <summary>At least one of these holds.</summary>
    public IReadOnlyList<FilterInput>? Or { get; init; }

    /// <summary>This does not hold.</summary>
    public FilterInput? Not { get; init; }

    /// <summary>Reads a filter input object whose nested inputs have been read by their own types.</summary>
    public static FilterInput Read(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new FilterInput
        {
            Name = value.ValueOf("name") as TextMatch,
            KindIn = (value.ValueOf("kindIn") as IEnumerable<object?>)?.Select(k => k!.ToString()!).ToList(),
            WithinArea = value.ValueOf("withinArea") as string,
            WithinAreaCode = value.ValueOf("withinAreaCode") as string,
            OffersService = (value.ValueOf("offersService") as string)?.Trim(),
            ForSituation = (value.ValueOf("forSituation") as string)?.Trim(),
            Near = value.ValueOf("near") as NearPoint,
            LinkedTo = value.ValueOf("linkedTo") as LinkedToInput,
            And = (value.ValueOf("and") as IEnumerable<object?>)?.OfType<FilterInput>().ToList(),
            Or = (value.ValueOf("or") as IEnumerable<object?>)?.OfType<FilterInput>().ToList(),
            Not = value.ValueOf("not") as FilterInput,
        };
    }
}

/// <summary>A linkedTo condition as the client wrote it: the global id, and the link's type and direction when given.</summary>
/// <param name="Id">Global id of the node at the other end.</param>
/// <param name="Type">Only links of this type.</param>
/// <param name="Direction">Only links in this direction.</param>
public sealed record LinkedToInput(string Id, Graph.Model.LinkType? Type, Graph.Model.Direction? Direction);
