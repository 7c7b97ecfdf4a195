using GraphQL;
using GraphQL.Types;
using ResourceHub.Graph.Matching;
using ResourceHub.Schema.Limits;
using ResourceHub.Schema.Relay;
using ResourceHub.Schema.Resources;

namespace ResourceHub.Schema.Matching;

/// <summary>A venue that fits.</summary>
public sealed class VenueMatchType : ObjectGraphType<VenueMatch>
{
    /// <summary>Declares the fields.</summary>
    public VenueMatchType()
    {
        Name = "VenueMatch";
        Description = "A venue with room and no booking conflict in the window (可用场地).";
        Field<NonNullGraphType<ResourceType>>("venue").Description("The venue (场地).").Resolve(c => c.Source.Venue);
        Field<NonNullGraphType<FloatGraphType>>("distanceKm").Description("Distance from the search point in km (距离，公里).").Resolve(c => c.Source.DistanceKm);
        Field<NodeInterface>("owner").Description("Who owns it (所有者).").Resolve(c => c.Source.Owner);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathStepType>>>>("path").Description("From the search area to the venue and its owner (路径).").Resolve(c => c.Source.Path)
            .WithComplexityImpact(1, CostOf.PathSteps);
    }
}
