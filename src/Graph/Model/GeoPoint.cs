namespace ResourceHub.Graph.Model;

/// <summary>A point in WGS-84 degrees.</summary>
/// <param name="Lat">Latitude, -90 to 90.</param>
/// <param name="Lon">Longitude, -180 to 180.</param>
public readonly record struct GeoPoint(double Lat, double Lon)
{
    private const double EarthRadiusKm = 6371.0088;

    /// <summary>True when both coordinates are finite and in range.</summary>
    public bool IsValid => double.IsFinite(Lat) && double.IsFinite(Lon) && Lat is >= -90 and <= 90 && Lon is >= -180 and <= 180;

    /// <summary>
    /// True when the great-circle distance to <paramref name="other"/> is surely more than <paramref name="km"/>, told from
    /// the latitudes alone (no path between two latitudes is shorter than the meridian arc between them), with a margin
    /// for rounding; false says nothing. A search rejects most far points with this before computing <see cref="DistanceKm"/>.
    /// </summary>
    public bool SurelyFartherThan(GeoPoint other, double km) =>
        EarthRadiusKm * Math.Abs(double.DegreesToRadians(other.Lat - Lat)) > km * (1 + 1e-9) + 1e-6;

    /// <summary>Great-circle distance in kilometres (haversine).</summary>
    public double DistanceKm(GeoPoint other)
    {
        var dLat = double.DegreesToRadians(other.Lat - Lat);
        var dLon = double.DegreesToRadians(other.Lon - Lon);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) +
                Math.Cos(double.DegreesToRadians(Lat)) * Math.Cos(double.DegreesToRadians(other.Lat)) *
                Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
