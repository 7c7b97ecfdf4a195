using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Mutations;

namespace ResourceHub.Schema.Organizations;

/// <summary>What the mutations of Organization may write.</summary>
public sealed class OrganizationInputs : KindInputs
{
    /// <summary>Declares the fields.</summary>
    public OrganizationInputs() : base(NodeKind.Organization, "组织", located: true)
    {
        Enum<OrganizationKind>("kind", "Kind of organization (组织类别).", required: true, (n, v) => ((Organization)n) with { OrganizationKind = v });
        Enum<RegistrationStatus>("registration", "How it is registered (登记状态).", required: true, (n, v) => ((Organization)n) with { Registration = v });
        Codes("services", "Services offered, service taxonomy codes (服务项目).", required: false, (n, v) => ((Organization)n) with { Services = v });
        Codes("situations", "Situations served; none means everyone (服务对象).", required: false, (n, v) => ((Organization)n) with { Situations = v });
        Add<StringGraphType>("contact", "Public contact of the organization (联系方式).", required: false, (n, v) => ((Organization)n) with { Contact = v as string });
        Add<IntGraphType>("capacity", "How many needs it can take on at once (服务容量).", required: false, (n, v) => ((Organization)n) with { Capacity = InputValues.Int(v) });
        Add<FloatGraphType>("maxTravelKm", "How far it travels for in-person help, 0 to 100 km; the matcher's default when absent (最远服务距离).", required: false,
            (n, v) => ((Organization)n) with { MaxTravelKm = v is null ? null : InputValues.Double(v) });
        Schedule("availability", "When it is available (服务时间).", (n, v) => ((Organization)n) with { Availability = v });
    }

    /// <inheritdoc />
    public override Node New() => new Organization();
}
