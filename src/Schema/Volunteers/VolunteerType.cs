using GraphQL.Types;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Access;
using ResourceHub.Schema.Common;

namespace ResourceHub.Schema.Volunteers;

/// <summary>A volunteer.</summary>
public sealed class VolunteerType : NodeType<Volunteer>
{
    /// <summary>Declares the fields.</summary>
    public VolunteerType() : base("Volunteer", "A community volunteer (社区志愿者), identified by the national volunteer number.", located: true)
    {
        Field<StringGraphType>("volunteerNumber").Description("National volunteer number (志愿者统一编号): the volunteer, staff (social workers, officials, organization admins) and admins see it.")
            .Resolve(c => c.Source.VolunteerNumber).Personal(PersonalFields.VolunteerNumber);
        Field<NonNullGraphType<DescribedEnumType<VolunteerCategory>>>("category").Description("Who the volunteer is (志愿者类别).").Resolve(c => c.Source.Category);
        this.Codes("skills", "Skills, as service taxonomy codes (技能).", v => v.Skills);
        this.Codes("situations", "Situations the volunteer will serve; empty means everyone (服务对象).", v => v.Situations);
        this.Schedule("availability", "Weekly availability (可服务时间).", v => v.Availability);
        Field<NonNullGraphType<FloatGraphType>>("maxTravelKm").Description("How far the volunteer travels for in-person help, km (最远服务距离).").Resolve(c => c.Source.MaxTravelKm);
        Field<IntGraphType>("capacity").Description("How many needs the volunteer takes on at once (服务容量).").Resolve(c => c.Source.Capacity);
    }
}
