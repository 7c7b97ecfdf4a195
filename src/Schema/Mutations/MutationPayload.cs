using ResourceHub.Graph.Model;

namespace ResourceHub.Schema.Mutations;

/// <summary>What a mutation answers: the client's id, the node or link written (or the id removed), and the rules the input broke.</summary>
public sealed record MutationPayload(string? ClientMutationId, IReadOnlyList<UserError> UserErrors)
{
    /// <summary>The node created or updated.</summary>
    public Node? Node { get; init; }

    /// <summary>The link created or updated.</summary>
    public Link? Link { get; init; }

    /// <summary>The global id of what was deleted.</summary>
    public string? DeletedId { get; init; }
}
