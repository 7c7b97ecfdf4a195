using GraphQL.Types;
using ResourceHub.Schema.Common;
using ResourceHub.Schema.Mutations;

namespace ResourceHub.Schema.Matching;

/// <summary>Where to look for a venue.</summary>
public sealed class VenueSearchInputType : InputObjectGraphType
{
    /// <summary>Declares the fields.</summary>
    public VenueSearchInputType()
    {
        Name = "NearPlaceInput";
        Description = "Where: an area (global id or statistical code) or a point (地点).";
        Field<IdGraphType>("areaId").Description("Global id of an area (区域).");
        Field<StringGraphType>("areaCode").Description("Statistical code of an area (区划代码).");
        Field<GeoPointInputType>("point").Description("A point (坐标).");
    }

    /// <summary>Reads the input as a <see cref="PlaceInput"/>.</summary>
    public override object ParseDictionary(IDictionary<string, object?> value) => PlaceInput.Read(value);
}
