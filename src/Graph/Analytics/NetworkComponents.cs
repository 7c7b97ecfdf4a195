namespace ResourceHub.Graph.Analytics;

/// <summary>The connected parts of a support network: who is tied to whom through any chain of ties.</summary>
public static class NetworkComponents
{
    /// <summary>The components, largest first (ties by their smallest node id); each lists its node ids, ascending.</summary>
    public static IReadOnlyList<IReadOnlyList<long>> Of(SupportNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var n = network.NodeCount;
        var component = new int[n];
        Array.Fill(component, -1);
        var parts = new List<IReadOnlyList<long>>();
        var queue = new int[n];
        for (var start = 0; start < n; start++)
        {
            if (component[start] >= 0) continue;
            var id = parts.Count;
            int head = 0, tail = 0;
            queue[tail++] = start;
            component[start] = id;
            while (head < tail)
            {
                foreach (var w in network.Neighbours(queue[head++]))
                {
                    if (component[w] >= 0) continue;
                    component[w] = id;
                    queue[tail++] = w;
                }
            }
            var members = new long[tail];
            for (var i = 0; i < tail; i++) members[i] = network.Ids[queue[i]];
            Array.Sort(members);
            parts.Add(members);
        }
        return [.. parts.OrderByDescending(p => p.Count).ThenBy(p => p[0])];
    }
}
