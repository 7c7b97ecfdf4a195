using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Mutations;

namespace ResourceHub.Schema.Volunteers;

/// <summary>What the mutations of Volunteer may write.</summary>
public sealed class VolunteerInputs : KindInputs
{
    /// <summary>Declares the fields.</summary>
    public VolunteerInputs() : base(NodeKind.Volunteer, "志愿者", located: true)
    {
        Add<StringGraphType>("volunteerNumber", "National volunteer number (志愿者统一编号), never an ID-card number.", required: true, (n, v) => ((Volunteer)n) with { VolunteerNumber = (v as string ?? "").Trim() });
        Enum<VolunteerCategory>("category", "Who the volunteer is (志愿者类别).", required: true, (n, v) => ((Volunteer)n) with { Category = v });
        Codes("skills", "Skills, service taxonomy codes (技能).", required: false, (n, v) => ((Volunteer)n) with { Skills = v });
        Codes("situations", "Situations the volunteer will serve; none means everyone (服务对象).", required: false, (n, v) => ((Volunteer)n) with { Situations = v });
        Schedule("availability", "Weekly availability (可服务时间).", (n, v) => ((Volunteer)n) with { Availability = v });
        Add<FloatGraphType>("maxTravelKm", "How far the volunteer travels for in-person help, 0 to 100 km (最远服务距离).", required: false, (n, v) => ((Volunteer)n) with { MaxTravelKm = InputValues.Double(v) });
        Add<IntGraphType>("capacity", "How many needs the volunteer takes on at once (服务容量).", required: false, (n, v) => ((Volunteer)n) with { Capacity = InputValues.Int(v) });
    }

    /// <inheritdoc />
    public override Node New() => new Volunteer();
}
