namespace ResourceHub.Graph.Matching;

/// <summary>A candidate's score and its parts, each 0 to 1; the total is their weighted sum.</summary>
/// <param name="Total">The weighted sum, rounded to 6 places so ties are exact.</param>
/// <param name="CategoryFit">How well the offered services meet the asked ones (more general offers count half).</param>
/// <param name="Proximity">Network proximity: 1 when serving the need's area, else 1/hops, 0 when reached by distance only.</param>
/// <param name="Distance">1 at the need, falling to 0 at the helper's travel limit; 0 when unknown.</param>
/// <param name="Availability">Share of the wanted hours the helper is available; 0.5 when the helper states no hours.</param>
/// <param name="TrackRecord">Referrals that ended in help and service ratings, smoothed; 0.5 with no history.</param>
/// <param name="Load">Room left: 1 with nothing open, falling as open referrals fill the capacity.</param>
public sealed record MatchScore(double Total, double CategoryFit, double Proximity, double Distance, double Availability, double TrackRecord, double Load)
{
    /// <summary>Weight of each part in the total.</summary>
    public const double FitWeight = 0.35, ProximityWeight = 0.2, DistanceWeight = 0.15, AvailabilityWeight = 0.1, TrackWeight = 0.1, LoadWeight = 0.1;

    /// <summary>A score from its parts.</summary>
    public static MatchScore Of(double fit, double proximity, double distance, double availability, double track, double load) =>
        new(TotalOf(fit, proximity, distance, availability, track, load), fit, proximity, distance, availability, track, load);

    /// <summary>The total of these parts, as <see cref="Of"/> gives it.</summary>
    public static double TotalOf(double fit, double proximity, double distance, double availability, double track, double load) =>
        Math.Round(FitWeight * fit + ProximityWeight * proximity + DistanceWeight * distance + AvailabilityWeight * availability +
                   TrackWeight * track + LoadWeight * load, 6);
}
