using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Matching;

/// <summary>The grid cells (about 5 km across) that place indexes file points in, and the cells a circle touches.</summary>
internal static class GeoCells
{
    private const double CellDegrees = 0.05;

    public static (int Lat, int Lon) Of(GeoPoint p) => ((int)Math.Floor(p.Lat / CellDegrees), (int)Math.Floor(p.Lon / CellDegrees));

    /// <summary>Every cell a circle of <paramref name="km"/> around <paramref name="centre"/> touches.</summary>
    public static IEnumerable<(int Lat, int Lon)> Around(GeoPoint centre, double km)
    {
        var dLat = km / 111.0;
        var dLon = km / (111.0 * Math.Max(0.05, Math.Cos(double.DegreesToRadians(centre.Lat))));
        var (lat0, lon0) = Of(new GeoPoint(centre.Lat - dLat, centre.Lon - dLon));
        var (lat1, lon1) = Of(new GeoPoint(centre.Lat + dLat, centre.Lon + dLon));
        for (var a = lat0; a <= lat1; a++)
        {
            for (var o = lon0; o <= lon1; o++) yield return (a, o);
        }
    }
}
