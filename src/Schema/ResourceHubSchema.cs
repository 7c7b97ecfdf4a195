using GraphQL;
using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Validation.Complexity;
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
    public ResourceHubSchema(IServiceProvider services, QueryType query, Mutations.MutationType mutation, Subscriptions.SubscriptionType subscription) : base(services)
    {
        Description = "ResourceHub: who can help whom in the five-society network of community elderly care (五社联动资源枢纽).";
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
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
        RegisterType(typeof(TimeBank.TimeBankEntryType));
        RegisterType(typeof(Bookings.BookingType));
        RegisterType(typeof(Webhooks.WebhookType));
        // What graphql-js's full introspection query asks for (code generators and schema tools send it): repeatable
        // directives and deprecated arguments and input fields; the two fields GraphQL.NET lacks are added below.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        // Introspection costs what it answers: the whole schema for __schema, one type for __type, and nothing more for
        // what is selected below them (their lists are the schema's own, not to be multiplied by guesses).
        SchemaMetaFieldType.WithComplexityImpact(_ => new FieldComplexityResult(IntrospectionCost(), 0));
        TypeMetaFieldType.WithComplexityImpact(TypeIntrospectionCost, 0);
    }

    /// <summary>What <c>__type</c> costs against a caller's budget.</summary>
    public const double TypeIntrospectionCost = 50;

    private double _introspectionCost;

    /// <summary>What <c>__schema</c> costs: every type, field, argument and enum value the full introspection lists, and every directive.</summary>
    public double IntrospectionCost()
    {
        if (_introspectionCost > 0) return _introspectionCost;
        double items = Directives.Count;
        foreach (var type in AllTypes)
        {
            items++;
            switch (type)
            {
                case IComplexGraphType complex:
                    foreach (var field in complex.Fields) items += 1 + (field.Arguments?.Count ?? 0);
                    break;
                case EnumerationGraphType e:
                    items += e.Values.Count;
                    break;
            }
        }
        return _introspectionCost = items;
    }

    /// <summary>
    /// Adds to the introspection types what the GraphQL specification has and GraphQL.NET 8 lacks: <c>__Type.specifiedByURL</c>
    /// (null: the hub's scalars are GraphQL.NET's own, specified by their descriptions) and <c>__Directive.args(includeDeprecated:)</c>.
    /// </summary>
    protected override void OnBeforeInitializeType(IGraphType graphType)
    {
        base.OnBeforeInitializeType(graphType);
        if (graphType is __Type type && !type.HasField("specifiedByURL"))
        {
            type.Field<StringGraphType>("specifiedByURL")
                .Description("A URL of the scalar's specification; null for every scalar of this hub.")
                .Resolve(_ => null);
        }
        if (graphType is __Directive directive && directive.GetField("args") is { } args && args.Arguments?.Find("includeDeprecated") is null)
        {
            (args.Arguments ??= []).Add(new QueryArgument<BooleanGraphType> { Name = "includeDeprecated", DefaultValue = false });
            args.Resolver = new FuncFieldResolver<object>(c =>
            {
                var deprecated = c.GetArgument<bool>("includeDeprecated");
                return ((Directive)c.Source!).Arguments?.Where(a => deprecated || string.IsNullOrWhiteSpace(a.DeprecationReason)).ToList() ?? [];
            });
        }
    }
}
