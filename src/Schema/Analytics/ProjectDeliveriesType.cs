using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Areas;

namespace ResourceHub.Schema.Analytics;

/// <summary>What the purchased projects of an area delivered.</summary>
public sealed class ProjectDeliveriesType : ObjectGraphType<DeliveriesAnswer>
{
    /// <summary>Declares the fields.</summary>
    public ProjectDeliveriesType()
    {
        Name = "ProjectDeliveries";
        Description = "What the government-purchased projects serving an area contracted and delivered (政府购买服务成效).";
        Field<NonNullGraphType<AreaType>>("area").Description("The area it covers (区域).").Resolve(c => c.Snapshot().Node<Area>(c.Source.AreaId));
        Field<DateOnlyGraphType>("from").Description("First day asked; each project counts from its contract's start when later (开始日期).").Resolve(c => c.Source.Period.From);
        Field<DateOnlyGraphType>("to").Description("Last day asked; each project counts to its contract's end when earlier (结束日期).").Resolve(c => c.Source.Period.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectDeliveryType>>>>("projects").Description("The projects, by id (项目).").Resolve(c => c.Source.Projects);
    }
}
