using GraphQL.Types;
using ResourceHub.Graph.Model;

namespace ResourceHub.Schema.Relay;

/// <summary>An edge of a node connection.</summary>
public sealed class NodeEdgeType<TGraph> : ObjectGraphType<PageEdge<Node>> where TGraph : IGraphType
{
    /// <summary>Declares the fields.</summary>
    public NodeEdgeType()
    {
        var node = GraphName.Of<TGraph>();
        Name = node + "Edge";
        Description = $"A {node} in a page, with its cursor (边).";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as 'after' or 'before' to page from here (游标).").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TGraph>>("node").Description("The item (节点).").Resolve(c => c.Source.Node);
    }
}
