using GraphQL.Types;
using ResourceHub.Graph.Analytics;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Areas;
using ResourceHub.Schema.Projects;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Analytics;

/// <summary>One project's contract against its delivery.</summary>
public sealed class ProjectDeliveryType : ObjectGraphType<ProjectDelivery>
{
    /// <summary>Declares the fields.</summary>
    public ProjectDeliveryType()
    {
        Name = "ProjectDelivery";
        Description = "What a government-purchased project promised against what its providers' side delivered in the areas it serves, within the days counted (项目成效).";
        Field<NonNullGraphType<ProjectType>>("project").Description("The project (项目).").Resolve(c => c.Snapshot().Node<Project>(c.Source.ProjectId));
        Field<DateOnlyGraphType>("from").Description("First day counted: the later of the contract's start and the day asked (开始日期).").Resolve(c => c.Source.Period.From);
        Field<DateOnlyGraphType>("to").Description("Last day counted: the earlier of the contract's end and the day asked (结束日期).").Resolve(c => c.Source.Period.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("providers").Description("Who delivers it (承接方).").Resolve(c => c.Source.Providers.Select(id => c.Snapshot().Node(id)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AreaType>>>>("servedAreas").Description("The areas it serves within the area asked (服务区域).").Resolve(c => c.Source.ServedAreas.Select(id => c.Snapshot().Node<Area>(id)).ToList());
        Field<NonNullGraphType<ProjectTargetsType>>("targets").Description("What the contract promises (合同指标).").Resolve(c => c.Source.Targets);
        Field<NonNullGraphType<IntGraphType>>("activitiesHeld").Description("Activities of its services its providers' side delivered or organized there, begun in the days counted (开展活动).").Resolve(c => c.Source.ActivitiesHeld);
        Field<NonNullGraphType<IntGraphType>>("participants").Description("Their participants (参与人次).").Resolve(c => c.Source.Participants);
        Field<NonNullGraphType<DecimalGraphType>>("hoursServed").Description("Hours its providers' side served there (服务时长).").Resolve(c => c.Source.HoursServed);
        Field<NonNullGraphType<IntGraphType>>("eldersReached").Description("Distinct elders served there, by a service record or a referral completed with help given (服务老人数).").Resolve(c => c.Source.EldersReached);
        Field<NonNullGraphType<IntGraphType>>("referralsCompleted").Description("Referrals to its providers' side completed with help given (转介成功).").Resolve(c => c.Source.ReferralsCompleted);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReferralEndCountType>>>>("referralOutcomes")
            .Description("Referrals to its providers' side closed in the days counted: by outcome when completed, else by how they ended (转介结果).")
            .Resolve(c => c.Source.ReferralOutcomes.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TargetAttainmentType>>>>("attainment")
            .Description("Each target the contract sets, against what was delivered (指标完成情况).")
            .Resolve(c => TargetAttainment.Of(c.Source));
    }
}
