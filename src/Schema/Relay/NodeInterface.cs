using GraphQL.Types;
using ResourceHub.Graph.Model;

namespace ResourceHub.Schema.Relay;

/// <summary>The Relay <c>Node</c> interface.</summary>
public sealed class NodeInterface : InterfaceGraphType<Node>
{
    /// <summary>Declares the interface.</summary>
    public NodeInterface()
    {
        Name = "Node";
        Description = "Anything with a global id that `node(id)` can fetch again (可按全局标识获取的对象).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global id (全局标识).");
    }
}
