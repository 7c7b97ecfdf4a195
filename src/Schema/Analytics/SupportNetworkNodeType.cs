using GraphQL.Types;
using ResourceHub.Graph.Analytics;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;
using ResourceHub.Schema.Areas;
using ResourceHub.Schema.Common;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Analytics;

/// <summary>A node of a support network, with what the map needs to place and colour it.</summary>
public sealed class SupportNetworkNodeType : ObjectGraphType<long>
{
    /// <summary>Declares the fields.</summary>
    public SupportNetworkNodeType()
    {
        Name = "SupportNetworkNode";
        Description = "A node of a support network, with its society and where it is (支持网络节点).";
        Field<NonNullGraphType<NodeInterface>>("node").Description("The node (节点).").Resolve(c => c.Snapshot().Node(c.Source));
        // The support network holds only the public directory's kinds: their names and services are public, and read here
        // without a fragment per kind, so drawing a district costs a few fields a node.
        Field<NonNullGraphType<IdGraphType>>("id").Description("The node's global id (全局标识).").Resolve(c => GlobalId.Encode(c.Snapshot().Node(c.Source)!));
        Field<NonNullGraphType<StringGraphType>>("name").Description("The node's name (名称).").Resolve(c => c.Snapshot().Node(c.Source)!.Name);
        Field<NonNullGraphType<DescribedEnumType<NodeKind>>>("kind").Description("The node's kind (类型).").Resolve(c => c.Snapshot().KindOf(c.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("services")
            .Description("What it offers: services or skills, as service taxonomy codes (服务内容).").Resolve(c => NodeFacets.Services(c.Snapshot().Node(c.Source)!));
        Field<NonNullGraphType<SocietyType>>("society").Description("Which of the five societies it stands for (所属五社).").Resolve(c => Societies.Of(c.Snapshot().Node(c.Source)!));
        Field<GeoPointType>("position").Description("Where it is: its own point, else its home area's (位置).").Resolve(c => NodeFacets.Position(c.Snapshot(), c.Snapshot().Node(c.Source)!));
        Field<AreaType>("home").Description("Its home area; for an area, the area above it (所在区域).").Resolve(c =>
        {
            var s = c.Snapshot();
            return s.Node(c.Source) is Area ? s.Parent(c.Source) : NodeFacets.HomeArea(s, c.Source);
        });
    }
}
