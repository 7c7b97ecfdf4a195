using GraphQL.Types;

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
}
