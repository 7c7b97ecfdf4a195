using ResourceHub.Graph.Model;
using ResourceHub.Schema.Mutations;

namespace ResourceHub.Schema.Matching;

/// <summary>A need described on the spot, as <see cref="NeedInputType"/> reads it.</summary>
public sealed record NeedInput(IReadOnlyList<string> Categories, IReadOnlyList<string> Situations, NeedMode? Mode, string? Weekly, PlaceInput Place, int? Participants,
    DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>Reads the input object.</summary>
    public static NeedInput Read(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new NeedInput(InputValues.Strings(value.ValueOf("categories")), InputValues.Strings(value.ValueOf("situations")), value.ValueOf("mode") as NeedMode?,
            value.ValueOf("weekly") as string, PlaceInput.Read(value), InputValues.Int(value.ValueOf("participants")),
            value.ValueOf("from") as DateOnly?, value.ValueOf("to") as DateOnly?);
    }
}

/// <summary>Where, as the client wrote it: an area by global id or statistical code, or a point.</summary>
public sealed record PlaceInput(string? AreaId, string? AreaCode, GeoPoint? Point)
{
    /// <summary>Reads the place fields of an input object.</summary>
    public static PlaceInput Read(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new PlaceInput(value.ValueOf("areaId") as string, value.ValueOf("areaCode") as string, InputValues.Point(value.ValueOf("point")));
    }
}
