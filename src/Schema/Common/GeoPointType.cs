using GraphQL.Types;
using ResourceHub.Graph.Model;

namespace ResourceHub.Schema.Common;

/// <summary>A point in WGS-84 degrees.</summary>
public sealed class GeoPointType : ObjectGraphType<GeoPoint>
{
    /// <summary>Declares the fields.</summary>
    public GeoPointType()
    {
        Name = "GeoPoint";
        Description = "A point in WGS-84 degrees (坐标).";
        Field<NonNullGraphType<FloatGraphType>>("lat").Description("Latitude (纬度).").Resolve(c => c.Source.Lat);
        Field<NonNullGraphType<FloatGraphType>>("lon").Description("Longitude (经度).").Resolve(c => c.Source.Lon);
    }
}
