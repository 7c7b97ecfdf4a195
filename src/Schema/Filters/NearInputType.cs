using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;
using ResourceHub.Schema.Mutations;

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

    /// <summary>Reads the input as a <see cref="NearPoint"/>; whether it is in range is the query's check.</summary>
    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new NearPoint(new GeoPoint(InputValues.Double(value["lat"]), InputValues.Double(value["lon"])), InputValues.Double(value["km"]));
    }
}
