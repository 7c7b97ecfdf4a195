namespace ResourceHub.Schema.Tests;

/// <summary>What <c>network { nodes links sequence }</c> answers: how much the network holds and how many changes it has logged.</summary>
internal readonly record struct NetworkTotals(int Nodes, int Links, long Sequence)
{
    public static async Task<NetworkTotals> ReadAsync(DemoHub hub)
    {
        var result = await hub.RunJsonAsync("{ network { nodes links sequence } }");
        return new NetworkTotals(result.At("data.network.nodes").GetInt32(), result.At("data.network.links").GetInt32(), result.At("data.network.sequence").GetInt64());
    }
}
