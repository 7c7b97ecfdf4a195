using GraphQL.Types;

namespace ResourceHub.Schema.Filters;

/// <summary>A circle on the map.</summary>
public sealed class NearInputType : InputObjectGraphType
{
    /// <summary>Declares the fields.</summary>
    public NearInputType()
    {
        Name = "NearInput";
        Description = "Within a distance of a point; a node without a point of its own is placed at its home area's point (附近).";
        Field<NonNullGraphType<FloatGraphType>>("lat").Description("Latitude of the centre (纬度).");
        Field<NonNullGraphType<FloatGraphType>>("lon").Description("Longitude of the centre (经度).");
        Field<NonNullGraphType<FloatGraphType>>("km").Description("Radius in kilometres, more than 0 and at most 500 (半径，公里).");
    }
}
