namespace ResourceHub.Schema.Relay;

/// <summary>The GraphQL name a graph type class stands for: AreaType → Area.</summary>
internal static class GraphName
{
    public static string Of<TGraph>()
    {
        var name = typeof(TGraph).Name;
        return name.EndsWith("Type", StringComparison.Ordinal) ? name[..^4] : name;
    }
}
