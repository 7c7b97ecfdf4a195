using GraphQL;
using GraphQL.Types;
using ResourceHub.Graph.Matching;
using ResourceHub.Schema.Common;
using ResourceHub.Schema.Limits;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Matching;

/// <summary>A candidate who can help.</summary>
public sealed class HelperMatchType : ObjectGraphType<HelperMatch>
{
    /// <summary>Declares the fields.</summary>
    public HelperMatchType()
    {
        Name = "HelperMatch";
        Description = "A volunteer, social worker, organization or resource that can help, why, and how it connects to the need (匹配结果).";
        Field<NonNullGraphType<NodeInterface>>("helper").Description("Who or what can help (服务方).").Resolve(c => c.Source.Helper);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("The total score (总分).").Resolve(c => c.Source.Score.Total);
        Field<NonNullGraphType<MatchScoreType>>("scoreParts").Description("The parts of the score (评分构成).").Resolve(c => c.Source.Score);
        Field<NonNullGraphType<DescribedEnumType<ReachKind>>>("reach").Description("How it reaches the need (可达方式).").Resolve(c => c.Source.Reach);
        Field<IntGraphType>("hops").Description("Links from the need's area in the linkage network; null when not linked within the limit (网络跳数).").Resolve(c => c.Source.Hops);
        Field<FloatGraphType>("distanceKm").Description("Distance from the need in km, when both places are known (距离，公里).").Resolve(c => c.Source.DistanceKm);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathStepType>>>>("path").Description("The explanation: from the need to the helper, node by node (解释路径).").Resolve(c => c.Source.Path)
            .WithComplexityImpact(1, CostOf.PathSteps);
    }
}
