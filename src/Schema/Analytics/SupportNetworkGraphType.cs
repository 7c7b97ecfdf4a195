using GraphQL;
using GraphQL.Types;
using ResourceHub.Graph.Analytics;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;
using ResourceHub.Schema.Areas;
using ResourceHub.Schema.Common;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Analytics;

/// <summary>An area's support network to draw.</summary>
public sealed class SupportNetworkGraphType : ObjectGraphType<SupportNetworkGraph>
{
    /// <summary>Declares the fields.</summary>
    public SupportNetworkGraphType()
    {
        Name = "SupportNetworkGraph";
        Description = "An area's support network to draw: its areas and the organizations, social workers, volunteers, resources, activities and projects located in it or serving it, and the ties among them (支持网络).";
        Field<NonNullGraphType<AreaType>>("area").Description("The area (区域).").Resolve(c => c.Snapshot().Node<Area>(c.Source.AreaId));
        Field<NonNullGraphType<IntGraphType>>("nodeCount").Description("Nodes of the whole support network (节点总数).").Resolve(c => c.Source.NodeCount);
        Field<NonNullGraphType<IntGraphType>>("tieCount").Description("Ties of the whole support network, each pair once (关系总数).").Resolve(c => c.Source.TieCount);
        Field<NonNullGraphType<BooleanGraphType>>("truncated").Description("True when nodes were left out to keep to the number asked: the areas and the best-tied others are kept (已截断).").Resolve(c => c.Source.Truncated);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupportNetworkNodeType>>>>("nodes").Description("The nodes kept, by id (节点).")
            .WithComplexityImpact(1, 1).Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupportTieType>>>>("ties")
            .Description("The ties among the nodes kept (关系).")
            .WithComplexityImpact(1, 2)
            .Resolve(c =>
            {
                var s = c.Snapshot();
                var nodes = c.Source.Nodes;
                return c.Source.Ties.Select(t => new SupportTie(nodes[t.From], nodes[t.To], TypesBetween(s, nodes[t.From], nodes[t.To]))).ToList();
            });
    }

    private static IReadOnlyList<LinkType> TypesBetween(NetworkSnapshot s, long a, long b)
    {
        var types = new SortedSet<LinkType>();
        foreach (var direction in (ReadOnlySpan<Direction>)[Direction.Out, Direction.In])
        {
            foreach (var e in s.Edges(a, direction))
            {
                if (e.OtherId == b) types.Add(e.Type);
            }
        }
        return [.. types];
    }
}
