using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Common;
using ResourceHub.Schema.Mutations;

namespace ResourceHub.Schema.Activities;

/// <summary>What the mutations of Activity may write.</summary>
public sealed class ActivityInputs : KindInputs
{
    /// <summary>Declares the fields.</summary>
    public ActivityInputs() : base(NodeKind.Activity, "活动", located: true)
    {
        Codes("services", "What it offers, service taxonomy codes (服务内容).", required: false, (n, v) => ((Activity)n) with { Services = v });
        Add<TimeWindowInputType>("schedule", "When it takes place (时间安排).", required: false, (n, v) => ((Activity)n) with { Schedule = InputValues.Window("schedule", v) });
        Add<IntGraphType>("participants", "How many participants are expected (预计人数).", required: false, (n, v) => ((Activity)n) with { Participants = InputValues.Int(v) });
        Link("venueId", LinkType.HostedAt, nodeIsSource: true, [NodeKind.Resource], required: false, "Global id of the venue (场地).");
        Link("organizerId", LinkType.OrganizedBy, nodeIsSource: true, [NodeKind.Organization, NodeKind.SocialWorker, NodeKind.Volunteer], required: false, "Global id of the organizer (主办方).");
    }

    /// <inheritdoc />
    public override Node New() => new Activity();
}
