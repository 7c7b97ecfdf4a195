using GraphQL;
using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Areas;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Analytics;

/// <summary>One component of a support network.</summary>
public sealed class NetworkComponentType : ObjectGraphType<IReadOnlyList<long>>
{
    /// <summary>Declares the fields.</summary>
    public NetworkComponentType()
    {
        Name = "NetworkComponent";
        Description = "One connected part of a support network (连通分量).";
        Field<NonNullGraphType<IntGraphType>>("size").Description("How many nodes (节点数).").Resolve(c => c.Source.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KindCountType>>>>("counts")
            .Description("How many of each kind (按类型计数).")
            .Resolve(c => c.Source.GroupBy(id => c.Snapshot().KindOf(id)).Select(g => new KeyValuePair<NodeKind, int>(g.Key, g.Count())).OrderBy(kv => kv.Key).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("nodes")
            .Description("Its nodes, by id (节点).")
            .Argument<IntGraphType>("first", "How many, 1 to 100; 20 when absent (数量).")
            .Resolve(c =>
            {
                var first = c.First(20);
                return c.Source.Take(first).Select(id => c.Snapshot().Node(id)).ToList();
            });
    }
}
