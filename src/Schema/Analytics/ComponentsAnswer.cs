namespace ResourceHub.Schema.Analytics;

/// <summary>The components of an area's support network.</summary>
/// <param name="AreaId">The area.</param>
/// <param name="Nodes">Nodes of its support network.</param>
/// <param name="Ties">Ties of its support network.</param>
/// <param name="Components">Every component's node ids, largest first.</param>
/// <param name="First">How many components to list.</param>
public sealed record ComponentsAnswer(long AreaId, int Nodes, int Ties, IReadOnlyList<IReadOnlyList<long>> Components, int First);
