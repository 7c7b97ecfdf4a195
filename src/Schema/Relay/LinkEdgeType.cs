using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Common;

namespace ResourceHub.Schema.Relay;

/// <summary>An edge of a relationship connection: the node at the other end and the link with its properties.</summary>
public sealed class LinkEdgeType : ObjectGraphType<PageEdge<LinkedNode>>
{
    /// <summary>Declares the fields.</summary>
    public LinkEdgeType()
    {
        Name = "LinkEdge";
        Description = "A node linked to the one asked about, with the link's properties (关联边).";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as 'after' or 'before' to page from here (游标).").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<NodeInterface>>("node").Description("The node at the other end (关联节点).").Resolve(c => c.Source.Node.Node);
        Field<NonNullGraphType<LinkInfoType>>("link").Description("The link and its properties (关系).").Resolve(c => c.Source.Node.Link);
        Field<NonNullGraphType<DescribedEnumType<Direction>>>("direction").Description("OUT when the link goes from the node asked about to this one, IN when it comes from this one (方向).").Resolve(c => c.Source.Node.Direction);
    }
}
