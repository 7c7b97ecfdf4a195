using GraphQL.Types;
using ResourceHub.Graph.Model;

namespace ResourceHub.Schema.Projects;

/// <summary>What a project's contract promises in numbers.</summary>
public sealed class ProjectTargetsType : ObjectGraphType<ProjectTargets>
{
    /// <summary>Declares the fields.</summary>
    public ProjectTargetsType()
    {
        Name = "ProjectTargets";
        Description = "What a government-purchased project's contract promises in numbers; each null when it does not say (合同指标).";
        Field<IntGraphType>("activities").Description("Activities to hold (活动场次).").Resolve(c => c.Source.Activities);
        Field<DecimalGraphType>("hours").Description("Hours of service to deliver (服务时长).").Resolve(c => c.Source.Hours);
        Field<IntGraphType>("eldersReached").Description("Elders to reach (服务老人数).").Resolve(c => c.Source.EldersReached);
        Field<IntGraphType>("referralsCompleted").Description("Referrals to complete with help given (转介成功数).").Resolve(c => c.Source.ReferralsCompleted);
    }
}
