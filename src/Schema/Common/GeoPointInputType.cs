using System.Globalization;
using GraphQL.Types;
using ResourceHub.Graph.Model;

namespace ResourceHub.Schema.Common;

/// <summary>A point to write.</summary>
public sealed class GeoPointInputType : InputObjectGraphType
{
    /// <summary>Declares the fields.</summary>
    public GeoPointInputType()
    {
        Name = "GeoPointInput";
        Description = "A point in WGS-84 degrees (坐标).";
        Field<NonNullGraphType<FloatGraphType>>("lat").Description("Latitude, -90 to 90 (纬度).");
        Field<NonNullGraphType<FloatGraphType>>("lon").Description("Longitude, -180 to 180 (经度).");
    }

    /// <summary>Reads the input as a <see cref="GeoPoint"/>; whether it is in range is the reader's check.</summary>
    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new GeoPoint(Convert.ToDouble(value["lat"], CultureInfo.InvariantCulture), Convert.ToDouble(value["lon"], CultureInfo.InvariantCulture));
    }
}
