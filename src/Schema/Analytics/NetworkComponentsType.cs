using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Areas;

namespace ResourceHub.Schema.Analytics;

/// <summary>The components of an area's support network.</summary>
public sealed class NetworkComponentsType : ObjectGraphType<ComponentsAnswer>
{
    /// <summary>Declares the fields.</summary>
    public NetworkComponentsType()
    {
        Name = "NetworkComponents";
        Description = "The connected parts of an area's support network, largest first: a network in one piece has one; actors tied to nobody stand alone (连通分量).";
        Field<NonNullGraphType<AreaType>>("area").Description("The area it covers (区域).").Resolve(c => c.Snapshot().Node<Area>(c.Source.AreaId));
        Field<NonNullGraphType<IntGraphType>>("nodes").Description("Nodes of the support network (节点数).").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<IntGraphType>>("ties").Description("Its ties, each pair once (关系数).").Resolve(c => c.Source.Ties);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many components (分量数).").Resolve(c => c.Source.Components.Count);
        Field<NonNullGraphType<IntGraphType>>("isolated").Description("Nodes tied to nobody in it (孤立节点数).").Resolve(c => c.Source.Components.Count(p => p.Count == 1));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkComponentType>>>>("largest").Description("The largest components, largest first (最大分量).").Resolve(c => c.Source.Components.Take(c.Source.First).ToList());
    }
}
