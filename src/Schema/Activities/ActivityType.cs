using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Common;

namespace ResourceHub.Schema.Activities;

/// <summary>An activity.</summary>
public sealed class ActivityType : NodeType<Activity>
{
    /// <summary>Declares the fields.</summary>
    public ActivityType() : base("Activity", "An activity: a weekly class, a performance, a visit round (活动).", located: true)
    {
        this.Codes("services", "What it offers, as service taxonomy codes (服务内容).", a => a.Services);
        Field<NonNullGraphType<TimeWindowType>>("schedule").Description("When it takes place (时间安排).").Resolve(c => c.Source.Schedule);
        Field<IntGraphType>("participants").Description("How many participants are expected (预计人数).").Resolve(c => c.Source.Participants);
    }
}
