using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Query;

/// <summary>Within <paramref name="Km"/> kilometres of a point.</summary>
/// <param name="Point">The centre.</param>
/// <param name="Km">The radius, more than 0 and at most 500 km.</param>
public sealed record NearPoint(GeoPoint Point, double Km);
