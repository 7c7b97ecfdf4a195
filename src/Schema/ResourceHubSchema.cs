using GraphQL;
using ResourceHub.Schema.Activities;
using ResourceHub.Schema.Areas;
using ResourceHub.Schema.Consents;
using ResourceHub.Schema.Elders;
using ResourceHub.Schema.Needs;
using ResourceHub.Schema.Organizations;
using ResourceHub.Schema.Projects;
using ResourceHub.Schema.Referrals;
using ResourceHub.Schema.Resources;
using ResourceHub.Schema.ServiceRecords;
using ResourceHub.Schema.SocialWorkers;
using ResourceHub.Schema.Volunteers;

namespace ResourceHub.Schema;

/// <summary>The published GraphQL schema of the hub.</summary>
public sealed class ResourceHubSchema : GraphQL.Types.Schema
{
    /// <summary>Builds the schema from the graph types registered in <paramref name="services"/>.</summary>
    public ResourceHubSchema(IServiceProvider services, QueryType query, Mutations.MutationType mutation) : base(services)
    {
        Description = "ResourceHub: who can help whom in the five-society network of community elderly care (五社联动资源枢纽).";
        Query = query;
        Mutation = mutation;
        // Every node type implements Node; register them so node(id) can return any kind.
        RegisterType(typeof(AreaType));
        RegisterType(typeof(OrganizationType));
        RegisterType(typeof(SocialWorkerType));
        RegisterType(typeof(VolunteerType));
        RegisterType(typeof(ElderType));
        RegisterType(typeof(ResourceType));
        RegisterType(typeof(NeedType));
        RegisterType(typeof(ActivityType));
        RegisterType(typeof(ProjectType));
        RegisterType(typeof(ReferralType));
        RegisterType(typeof(ServiceRecordType));
        RegisterType(typeof(ConsentType));
        // Tools ask for the whole schema (GraphiQL, code generators); introspection costs nothing against the complexity limit.
        this.WithIntrospectionComplexityImpact(0);
    }
}
