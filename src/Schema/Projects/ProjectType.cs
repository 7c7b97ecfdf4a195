using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Common;

namespace ResourceHub.Schema.Projects;

/// <summary>A government-purchased service project.</summary>
public sealed class ProjectType : NodeType<Project>
{
    /// <summary>Declares the fields.</summary>
    public ProjectType() : base("Project", "A government-purchased service project (政府购买服务项目).", located: false)
    {
        this.Codes("services", "What it delivers, as service taxonomy codes (服务内容).", p => p.Services);
        Field<NonNullGraphType<TimeWindowType>>("period").Description("Contract period (合同期).").Resolve(c => c.Source.Period);
        Field<DecimalGraphType>("budget").Description("Budget in CNY (预算，元).").Resolve(c => c.Source.Budget);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("deliverables").Description("Deliverables named in the contract (交付内容).").Resolve(c => c.Source.Deliverables);
        Field<NonNullGraphType<ProjectTargetsType>>("targets").Description("What the contract promises in numbers (合同指标).").Resolve(c => c.Source.Targets ?? new ProjectTargets());
    }
}
