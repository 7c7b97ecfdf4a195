using GraphQL.Types;
using ResourceHub.Graph.Analytics;

namespace ResourceHub.Schema.Analytics;

/// <summary>Since when each of the five societies has been present.</summary>
public sealed class SocietiesSinceType : ObjectGraphType<SocietiesSince>
{
    /// <summary>Declares the fields.</summary>
    public SocietiesSinceType()
    {
        Name = "SocietiesSince";
        Description = "Since when each of the five societies has been present: the earliest day one of its actors was tied to the area (the link's since, else the day it was recorded); null for one that is not; a community is part of its area with no since (五社起始日期).";
        Field<DateOnlyGraphType>("socialOrganization").Description("A social organization (社会组织).").Resolve(c => c.Source.SocialOrganization);
        Field<DateOnlyGraphType>("socialWorker").Description("A social worker (社会工作者).").Resolve(c => c.Source.SocialWorker);
        Field<DateOnlyGraphType>("volunteer").Description("A volunteer (社区志愿者).").Resolve(c => c.Source.Volunteer);
        Field<DateOnlyGraphType>("charitableResource").Description("A charitable resource (社会慈善资源).").Resolve(c => c.Source.CharitableResource);
    }
}
