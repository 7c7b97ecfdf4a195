using GraphQL.Types;
using ResourceHub.Graph.Matching;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Common;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Matching;

/// <summary>One node of an explanation path.</summary>
public sealed class PathStepType : ObjectGraphType<PathStep>
{
    /// <summary>Declares the fields.</summary>
    public PathStepType()
    {
        Name = "PathStep";
        Description = "One node of an explanation path and the link that led to it (路径节点).";
        Field<NonNullGraphType<NodeInterface>>("node").Description("The node (节点).").Resolve(c => c.Snapshot().Node(c.Source.NodeId));
        Field<DescribedEnumType<LinkType>>("via").Description("The link type from the previous node; null for the first node and for a step by distance (经由关系).").Resolve(c => c.Source.Via);
        Field<DescribedEnumType<Direction>>("direction").Description("OUT when the link goes from the previous node to this one, IN when it comes from this one (方向).").Resolve(c => c.Source.Direction);
    }
}
