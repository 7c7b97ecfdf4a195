using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Changes;

/// <summary>One operation of a <see cref="ChangeSet"/>.</summary>
public abstract record ChangeOperation
{
    /// <summary>Create a node; <paramref name="TempId"/> (negative) names it within the change set.</summary>
    public sealed record CreateNode(long TempId, Node Node) : ChangeOperation;

    /// <summary>Update a node; <see cref="Node.Version"/> must be the version read.</summary>
    public sealed record UpdateNode(Node Node) : ChangeOperation;

    /// <summary>Delete a node and its links.</summary>
    public sealed record DeleteNode(long Id, int ExpectedVersion) : ChangeOperation;

    /// <summary>Create a link; its ends may be temporary ids of nodes created in the same change set.</summary>
    public sealed record CreateLink(long TempId, Link Link) : ChangeOperation;

    /// <summary>Update a link's properties; <see cref="Link.Version"/> must be the version read.</summary>
    public sealed record UpdateLink(Link Link) : ChangeOperation;

    /// <summary>Remove the link of a type between two nodes.</summary>
    public sealed record DeleteLink(LinkType Type, long FromId, long ToId) : ChangeOperation;
}
