using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Matching;

/// <summary>A venue with room and no booking conflict: its distance, its owner and the path from the search area.</summary>
/// <param name="Venue">The venue.</param>
/// <param name="DistanceKm">Distance from the search point.</param>
/// <param name="Owner">Who owns it, if known.</param>
/// <param name="Path">From the search area to the venue (and its owner).</param>
public sealed record VenueMatch(Resource Venue, double DistanceKm, Node? Owner, IReadOnlyList<PathStep> Path);
