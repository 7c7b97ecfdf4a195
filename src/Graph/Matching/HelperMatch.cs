using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Matching;

/// <summary>A candidate who can help: the helper, the score with its parts, how it reaches the need and the path that explains it.</summary>
/// <param name="Helper">The volunteer, social worker, organization or resource.</param>
/// <param name="Score">Its score.</param>
/// <param name="Reach">How it reaches the need.</param>
/// <param name="Hops">Links from the need's area in the linkage network, or null when not linked within the limit.</param>
/// <param name="DistanceKm">Distance from the need, when both places are known.</param>
/// <param name="Path">From the need (or its area) to the helper, node by node.</param>
public sealed record HelperMatch(Node Helper, MatchScore Score, ReachKind Reach, int? Hops, double? DistanceKm, IReadOnlyList<PathStep> Path);
