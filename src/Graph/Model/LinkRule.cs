namespace ResourceHub.Graph.Model;

/// <summary>What a link type may join: pairs of (source kinds, target kinds), and how many links of the type one source may have.</summary>
/// <param name="Type">The link type.</param>
/// <param name="Pairs">Allowed (source kinds, target kinds) pairs.</param>
/// <param name="MaxPerSource">At most this many links of the type from one source; null means no limit.</param>
/// <param name="MaxPerTarget">At most this many links of the type into one target; null means no limit.</param>
public sealed record LinkRule(LinkType Type, IReadOnlyList<(NodeKind[] From, NodeKind[] To)> Pairs, int? MaxPerSource = null, int? MaxPerTarget = null)
{
    /// <summary>True when a link of this type may go from a node of kind <paramref name="from"/> to one of kind <paramref name="to"/>.</summary>
    public bool Allows(NodeKind from, NodeKind to) => Pairs.Any(p => p.From.Contains(from) && p.To.Contains(to));

    /// <summary>Human-readable list of what the type joins, for error messages.</summary>
    public string Describe() => string.Join("; ", Pairs.Select(p => $"{string.Join("|", p.From)} → {string.Join("|", p.To)}"));
}
