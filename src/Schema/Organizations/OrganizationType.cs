using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Common;

namespace ResourceHub.Schema.Organizations;

/// <summary>An organization.</summary>
public sealed class OrganizationType : NodeType<Organization>
{
    /// <summary>Declares the fields.</summary>
    public OrganizationType() : base("Organization", "An organization: social-work agency, station, office, association, group, troupe, team, unit, company, media, department or foundation (组织).", located: true)
    {
        Field<NonNullGraphType<DescribedEnumType<OrganizationKind>>>("kind").Description("Kind of organization (组织类别).").Resolve(c => c.Source.OrganizationKind);
        Field<NonNullGraphType<DescribedEnumType<RegistrationStatus>>>("registration").Description("How it is registered (登记状态).").Resolve(c => c.Source.Registration);
        Field<NonNullGraphType<BooleanGraphType>>("isSocialOrganization").Description("True for the social organizations of the five-society linkage (社会组织).").Resolve(c => c.Source.IsSocialOrganization);
        this.Codes("services", "Services offered, as service taxonomy codes (服务项目).", o => o.Services);
        this.Codes("situations", "Situations served, as situation codes; empty means everyone (服务对象).", o => o.Situations);
        Field<StringGraphType>("contact").Description("Public contact of the organization (联系方式).").Resolve(c => c.Source.Contact);
        Field<IntGraphType>("capacity").Description("How many needs it can take on at once (服务容量).").Resolve(c => c.Source.Capacity);
        Field<FloatGraphType>("maxTravelKm").Description("How far it travels for in-person help, km; null when it states none (最远服务距离).").Resolve(c => c.Source.MaxTravelKm);
        this.Schedule("availability", "When it is available (服务时间).", o => o.Availability);
    }
}
