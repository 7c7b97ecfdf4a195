using GraphQL.Types;
using ResourceHub.Graph.Analytics;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Areas;

namespace ResourceHub.Schema.Analytics;

/// <summary>The brokers of an area's support network.</summary>
public sealed class BrokerRankingType : ObjectGraphType<BrokerRanking>
{
    /// <summary>Declares the fields.</summary>
    public BrokerRankingType()
    {
        Name = "BrokerRanking";
        Description = "The organizations and social workers with the highest betweenness in an area's support network, and how it was measured (桥梁节点).";
        Field<NonNullGraphType<AreaType>>("area").Description("The area it covers (区域).").Resolve(c => c.Snapshot().Node<Area>(c.Source.AreaId));
        Field<NonNullGraphType<IntGraphType>>("nodes").Description("Nodes of the support network measured (节点数).").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<IntGraphType>>("ties").Description("Ties of the support network measured, each pair once (关系数).").Resolve(c => c.Source.Ties);
        Field<NonNullGraphType<BooleanGraphType>>("exact").Description("True when measured from every node; false when from a sample of sources (精确计算).").Resolve(c => c.Source.Exact);
        Field<NonNullGraphType<IntGraphType>>("sources").Description("How many sources shortest paths were counted from (采样源点数).").Resolve(c => c.Source.Sources);
        Field<FloatGraphType>("errorBound")
            .Description("For a sample: every normalized score lies within this of the exact one, with the stated confidence (Hoeffding's bound over all nodes); null when exact (误差上界).")
            .Resolve(c => c.Source.ErrorBound is { } e ? Math.Round(e, 6) : null);
        Field<FloatGraphType>("confidence").Description("The confidence the error bound holds with; null when exact (置信度).").Resolve(c => c.Source.Exact ? null : Betweenness.Confidence);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BrokerType>>>>("brokers").Description("Highest betweenness first, ties by id (桥梁节点).").Resolve(c => c.Source.Brokers.Select((b, i) => (b, i + 1)).ToList());
    }
}
