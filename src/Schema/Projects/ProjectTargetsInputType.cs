using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Mutations;

namespace ResourceHub.Schema.Projects;

/// <summary>A project's targets to write.</summary>
public sealed class ProjectTargetsInputType : InputObjectGraphType
{
    /// <summary>Declares the fields.</summary>
    public ProjectTargetsInputType()
    {
        Name = "ProjectTargetsInput";
        Description = "What a project's contract promises in numbers; a target left out is not set (合同指标).";
        Field<IntGraphType>("activities").Description("Activities to hold (活动场次).");
        Field<DecimalGraphType>("hours").Description("Hours of service to deliver (服务时长).");
        Field<IntGraphType>("eldersReached").Description("Elders to reach (服务老人数).");
        Field<IntGraphType>("referralsCompleted").Description("Referrals to complete with help given (转介成功数).");
    }

    /// <summary>Reads the input as <see cref="ProjectTargets"/>.</summary>
    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new ProjectTargets
        {
            Activities = value.ValueOf("activities") as int?,
            Hours = InputValues.Decimal(value.ValueOf("hours")),
            EldersReached = value.ValueOf("eldersReached") as int?,
            ReferralsCompleted = value.ValueOf("referralsCompleted") as int?,
        };
    }
}
