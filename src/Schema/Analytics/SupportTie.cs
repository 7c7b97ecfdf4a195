using ResourceHub.Graph.Model;

namespace ResourceHub.Schema.Analytics;

/// <summary>A tie between two nodes of a support network, with the types of link that make it.</summary>
/// <param name="FromId">One end (the lower id).</param>
/// <param name="ToId">The other end.</param>
/// <param name="Types">The link types between them, either way.</param>
public sealed record SupportTie(long FromId, long ToId, IReadOnlyList<LinkType> Types);
