using GraphQL;
using GraphQL.Types;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Areas;
using ResourceHub.Schema.Limits;

namespace ResourceHub.Schema.Network;

/// <summary>Totals of the whole network as this request sees it.</summary>
public sealed class NetworkSummaryType : ObjectGraphType<NetworkSnapshot>
{
    /// <summary>Declares the fields.</summary>
    public NetworkSummaryType()
    {
        Name = "NetworkSummary";
        Description = "Totals of the whole network (网络概况).";
        Field<NonNullGraphType<LongGraphType>>("sequence").Description("Change-log sequence of the snapshot read (变更序号).").Resolve(c => c.Source.Sequence);
        Field<NonNullGraphType<IntGraphType>>("nodes").Description("How many nodes (节点数).").Resolve(c => c.Source.NodeCount);
        Field<NonNullGraphType<IntGraphType>>("links").Description("How many links (关系数).").Resolve(c => c.Source.LinkCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KindCountType>>>>("counts").Description("How many nodes of each kind (按类型计数).")
            .WithComplexityImpact(1, CostOf.Kinds)
            .Resolve(c => Enum.GetValues<NodeKind>().Select(k => KeyValuePair.Create(k, c.Source.Count(k))).ToList());
    }
}
