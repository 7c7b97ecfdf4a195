namespace ResourceHub.Graph.Search;

/// <summary>A node found by <see cref="NetworkSearch"/>.</summary>
/// <param name="NodeId">The node found.</param>
/// <param name="Score">How well it matches: higher is better; comparable only within one search.</param>
/// <param name="MatchedFields">
/// The node's properties that hold a term of the query, in a fixed order: <c>name</c>, <c>description</c>, then
/// <c>services</c>, <c>skills</c> or <c>categories</c> (codes and their labels), <c>situations</c>, <c>equipment</c>,
/// <c>deliverables</c>, <c>code</c> (an area's statistical code).
/// </param>
public sealed record SearchHit(long NodeId, double Score, IReadOnlyList<string> MatchedFields);
