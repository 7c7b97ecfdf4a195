using GraphQL.Types;
using ResourceHub.Graph.Analytics;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Areas;

namespace ResourceHub.Schema.Analytics;

/// <summary>The helpers a community reaches within some hops.</summary>
public sealed class HelperReachType : ObjectGraphType<ReachCount>
{
    /// <summary>Declares the fields.</summary>
    public HelperReachType()
    {
        Name = "HelperReach";
        Description = "The helpers within some hops of a community in the linkage network, by society (可达服务方).";
        Field<NonNullGraphType<AreaType>>("community").Description("The community (社区).").Resolve(c => c.Snapshot().Node<Area>(c.Source.CommunityId));
        Field<NonNullGraphType<IntGraphType>>("hops").Description("The hops allowed (跳数).").Resolve(c => c.Source.Hops);
        Field<NonNullGraphType<IntGraphType>>("organizations").Description("Organizations reached (社会组织).").Resolve(c => c.Source.Organizations);
        Field<NonNullGraphType<IntGraphType>>("socialWorkers").Description("Social workers reached (社会工作者).").Resolve(c => c.Source.SocialWorkers);
        Field<NonNullGraphType<IntGraphType>>("volunteers").Description("Volunteers reached (志愿者).").Resolve(c => c.Source.Volunteers);
        Field<NonNullGraphType<IntGraphType>>("resources").Description("Resources reached (慈善资源).").Resolve(c => c.Source.Resources);
        Field<NonNullGraphType<IntGraphType>>("total").Description("All helpers reached (合计).").Resolve(c => c.Source.Total);
    }
}
