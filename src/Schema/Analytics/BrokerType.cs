using GraphQL.Types;
using ResourceHub.Graph.Analytics;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Analytics;

/// <summary>One broker and its rank.</summary>
public sealed class BrokerType : ObjectGraphType<(Broker Broker, int Rank)>
{
    /// <summary>Declares the fields.</summary>
    public BrokerType()
    {
        Name = "Broker";
        Description = "An organization or social worker and how much of the support network's shortest paths pass through it (桥梁节点).";
        Field<NonNullGraphType<IntGraphType>>("rank").Description("Its place, 1 first (排名).").Resolve(c => c.Source.Rank);
        Field<NonNullGraphType<NodeInterface>>("node").Description("The organization or social worker (节点).").Resolve(c => c.Snapshot().Node(c.Source.Broker.NodeId));
        Field<NonNullGraphType<FloatGraphType>>("betweenness").Description("Betweenness: shortest paths between pairs of other nodes through it, each pair's paths counting one in all (介数).").Resolve(c => Math.Round(c.Source.Broker.Betweenness, 6));
        Field<NonNullGraphType<FloatGraphType>>("normalized").Description("Betweenness over the pairs that could pass through it, 0 to 1 (标准化介数).").Resolve(c => Math.Round(c.Source.Broker.Normalized, 6));
        Field<NonNullGraphType<IntGraphType>>("ties").Description("How many nodes of the support network it is tied to (关系数).").Resolve(c => c.Source.Broker.Ties);
    }
}
