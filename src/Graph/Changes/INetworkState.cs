using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Changes;

/// <summary>
/// The network as of one moment, read by node and by link: a snapshot as it is, or as a change set being validated
/// would leave it. Whoever judges a change (the access policy) reads both the same way.
/// </summary>
internal interface INetworkState
{
    /// <summary>The node with this id (a temporary id for a node the change set creates), or null.</summary>
    Node? Node(long id);

    /// <summary>The other ends of a node's links of a type in one direction.</summary>
    IEnumerable<long> Linked(long id, Direction direction, LinkType type);
}
