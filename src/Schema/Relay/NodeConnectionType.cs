using GraphQL.Types;
using ResourceHub.Graph.Model;

namespace ResourceHub.Schema.Relay;

/// <summary>A Relay connection of one node type: edges with cursors, the nodes, page info and the total.</summary>
public sealed class NodeConnectionType<TGraph> : ObjectGraphType<Page<Node>> where TGraph : IGraphType
{
    /// <summary>Declares the fields.</summary>
    public NodeConnectionType()
    {
        var node = GraphName.Of<TGraph>();
        Name = node + "Connection";
        Description = $"A page of {node} nodes with cursors (分页列表).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeEdgeType<TGraph>>>>>("edges").Description("The items of this page with their cursors (边).").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TGraph>>>>("nodes").Description("The items of this page (节点).").Resolve(c => c.Source.Edges.Select(e => e.Node).ToList());
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Where this page stands (分页信息).").Resolve(c => Info(c.Source));
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many items the whole list holds; counted only when asked (总数).").Resolve(c => c.Source.TotalCount);
    }

    internal static PageInfoType.Info Info<T>(Page<T> page) =>
        new(page.HasNextPage, page.HasPreviousPage, page.Edges.Count == 0 ? null : page.Edges[0].Cursor, page.Edges.Count == 0 ? null : page.Edges[^1].Cursor);
}
