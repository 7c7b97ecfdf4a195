using GraphQL.Types;
using ResourceHub.Graph.Analytics;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Areas;

namespace ResourceHub.Schema.Analytics;

/// <summary>One community's demand and accessibility.</summary>
public sealed class CommunityAccessType : ObjectGraphType<CommunityAccess>
{
    /// <summary>Declares the fields.</summary>
    public CommunityAccessType()
    {
        Name = "CommunityAccess";
        Description = "One community's open needs and its accessibility by the two-step floating catchment method (社区可及性).";
        Field<NonNullGraphType<AreaType>>("community").Description("The community (社区).").Resolve(c => c.Snapshot().Node<Area>(c.Source.CommunityId));
        Field<NonNullGraphType<IntGraphType>>("openNeeds").Description("Its open needs: the demand (待响应需求).").Resolve(c => c.Source.OpenNeeds);
        Field<NonNullGraphType<IntGraphType>>("unmet").Description("Of those, the needs no qualified helper can reach (无人可助).").Resolve(c => c.Source.Unmet);
        Field<NonNullGraphType<IntGraphType>>("helpers").Description("Helpers whose catchment holds it (可及服务方).").Resolve(c => c.Source.Helpers);
        Field<NonNullGraphType<FloatGraphType>>("accessibility")
            .Description("Sum over those helpers of each one's capacity over the open needs in its catchment: capacity per open need within reach; 0 when no helper reaches it (可及性指数).")
            .Resolve(c => Math.Round(c.Source.Accessibility, 6));
    }
}
