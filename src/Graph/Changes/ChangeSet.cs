using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Changes;

/// <summary>
/// A set of changes committed together or not at all: creates, updates, deletes, links and unlinks. Nodes
/// and links created here get negative temporary ids that other operations of the same set may use; the
/// write path replaces them with real ids.
/// </summary>
public sealed class ChangeSet
{
    private readonly List<ChangeOperation> _operations = [];
    private long _nextTemp;

    /// <summary>The operations, in order.</summary>
    public IReadOnlyList<ChangeOperation> Operations => _operations;

    /// <summary>True when there is nothing to do.</summary>
    public bool IsEmpty => _operations.Count == 0;

    /// <summary>Creates a node; returns its temporary id for use in this change set.</summary>
    public long Create(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var temp = --_nextTemp;
        _operations.Add(new ChangeOperation.CreateNode(temp, node));
        return temp;
    }

    /// <summary>Updates a node; its <see cref="Node.Version"/> must be the version that was read.</summary>
    public ChangeSet Update(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        _operations.Add(new ChangeOperation.UpdateNode(node));
        return this;
    }

    /// <summary>Deletes a node and every link it has.</summary>
    public ChangeSet Delete(long id, int expectedVersion)
    {
        _operations.Add(new ChangeOperation.DeleteNode(id, expectedVersion));
        return this;
    }

    /// <summary>Links two nodes; returns the link's temporary id.</summary>
    public long Link(LinkType type, long fromId, long toId, DateOnly? since = null, DateOnly? until = null, double? weight = null, string? note = null)
    {
        var temp = --_nextTemp;
        _operations.Add(new ChangeOperation.CreateLink(temp,
            new Link { Type = type, FromId = fromId, ToId = toId, Since = since, Until = until, Weight = weight, Note = note }));
        return temp;
    }

    /// <summary>Updates a link's properties; its <see cref="Model.Link.Version"/> must be the version that was read.</summary>
    public ChangeSet UpdateLink(Link link)
    {
        ArgumentNullException.ThrowIfNull(link);
        _operations.Add(new ChangeOperation.UpdateLink(link));
        return this;
    }

    /// <summary>Removes the link of a type between two nodes.</summary>
    public ChangeSet Unlink(LinkType type, long fromId, long toId)
    {
        _operations.Add(new ChangeOperation.DeleteLink(type, fromId, toId));
        return this;
    }
}
