using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Query;

/// <summary>
/// Which nodes to keep: every condition given must hold (AND); <see cref="And"/>, <see cref="Or"/> and
/// <see cref="Not"/> combine nested filters. Evaluated by <see cref="NodeQuery"/> over a snapshot.
/// </summary>
public sealed record NodeFilter
{
    /// <summary>The name matches.</summary>
    public TextMatch? Name { get; init; }

    /// <summary>The kind within the node's kind (organization kind, area kind, resource kind, social-worker role, volunteer category) is one of these names.</summary>
    public IReadOnlyList<string>? SubKindIn { get; init; }

    /// <summary>Located in this area or any area below it (for an area: is it or lies below it).</summary>
    public long? WithinAreaId { get; init; }

    /// <summary>Offers this service code or one below it (services, skills, categories).</summary>
    public string? OffersService { get; init; }

    /// <summary>Is for this situation code: lists it, or lists none (serves everyone).</summary>
    public string? ForSituation { get; init; }

    /// <summary>Within a distance of a point (the node's own point, else its home area's).</summary>
    public NearPoint? Near { get; init; }

    /// <summary>Linked to a node.</summary>
    public LinkedTo? LinkedTo { get; init; }

    /// <summary>All of these hold.</summary>
    public IReadOnlyList<NodeFilter>? And { get; init; }

    /// <summary>At least one of these holds.</summary>
    public IReadOnlyList<NodeFilter>? Or { get; init; }

    /// <summary>This does not hold.</summary>
    public NodeFilter? Not { get; init; }

    /// <summary>Every filter in this tree, this one first.</summary>
    public IEnumerable<NodeFilter> All()
    {
        yield return this;
        foreach (var child in (And ?? []).Concat(Or ?? []).Concat(Not is null ? [] : [Not]))
        {
            foreach (var f in child.All()) yield return f;
        }
    }
}
