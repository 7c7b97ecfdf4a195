using GraphQL.Types;

namespace ResourceHub.Schema.Relay;

/// <summary>A Relay connection of linked nodes.</summary>
public sealed class LinkConnectionType : ObjectGraphType<Page<LinkedNode>>
{
    /// <summary>Declares the fields.</summary>
    public LinkConnectionType()
    {
        Name = "LinkConnection";
        Description = "A page of linked nodes with the links' properties (关联分页列表).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LinkEdgeType>>>>("edges").Description("The linked nodes of this page (边).").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Where this page stands (分页信息).").Resolve(c => NodeConnectionType<NodeInterface>.Info(c.Source));
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many links match; counted only when asked (总数).").Resolve(c => c.Source.TotalCount);
    }
}
