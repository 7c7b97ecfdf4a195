namespace ResourceHub.Graph.Persistence;

/// <summary>A named id counter: the next node or link id; ids are never reused.</summary>
public sealed class CounterRow
{
    /// <summary>Counter name: <c>node</c> or <c>link</c>.</summary>
    public string Name { get; set; } = "";

    /// <summary>The next id to hand out.</summary>
    public long Next { get; set; }
}
