using ResourceHub.Graph.Model;

namespace ResourceHub.Schema.Mutations;

/// <summary>A node to delete, as <see cref="DeleteInputType"/> reads it.</summary>
/// <param name="ClientMutationId">The client's id of the mutation.</param>
/// <param name="Id">The node's global id.</param>
/// <param name="Version">The version read.</param>
public sealed record DeleteInput(string? ClientMutationId, string Id, int Version);

/// <summary>A link to create, as <see cref="LinkInputType"/> reads it.</summary>
public sealed record LinkCreateInput(string? ClientMutationId, LinkType Type, string FromId, string ToId, DateOnly? Since, DateOnly? Until, double? Weight, string? Note);

/// <summary>A link to remove, as <see cref="UnlinkInputType"/> reads it.</summary>
public sealed record LinkDeleteInput(string? ClientMutationId, LinkType Type, string FromId, string ToId);

/// <summary>Changes to a link's properties, as <see cref="UpdateLinkInputType"/> reads them: only those given change.</summary>
public sealed record LinkUpdateInput(string? ClientMutationId, string Id, int Version, IReadOnlyDictionary<string, object?> Given)
{
    /// <summary>The link with the properties given changed.</summary>
    public Link Apply(Link current)
    {
        ArgumentNullException.ThrowIfNull(current);
        return current with
        {
            Version = Version,
            Since = Given.TryGetValue("since", out var since) ? since as DateOnly? : current.Since,
            Until = Given.TryGetValue("until", out var until) ? until as DateOnly? : current.Until,
            Weight = Given.TryGetValue("weight", out var weight) ? (weight is null ? null : InputValues.Double(weight)) : current.Weight,
            Note = Given.TryGetValue("note", out var note) ? note as string : current.Note,
        };
    }
}
