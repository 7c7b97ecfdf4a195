using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Tests.Persistence;

namespace ResourceHub.Hub.Tests.Persistence;

/// <summary>
/// Two hubs on one database, as behind a load balancer: on a SQLite file, on PostgreSQL through ConnectionStrings:Hub, or
/// on a Neo4j server through Hub:Store=neo4j, where the first loads the demo network into the empty database.
/// </summary>
public sealed class HubInstancesTests
{
    private const string Rename = """
        mutation($input: UpdateAreaInput!) { updateArea(input: $input) { area { id name } userErrors { field message code } } }
        """;

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    [InlineData("neo4j")]
    public async Task TwoHubs_OneDatabase_AWriteOnEitherIsServedByTheOther(string database)
    {
        var settings = new Dictionary<string, string?>();
        if (database == "postgres") settings["ConnectionStrings:Hub"] = await PostgresServer.CreateDatabaseAsync();
        await using var neo4j = database == "neo4j" ? await ResourceHub.Graph.Tests.Neo4j.Neo4jServer.LeaseAsync() : null;
        if (neo4j is not null)
        {
            settings["Hub:Store"] = "neo4j";
            settings["Hub:Neo4j:Url"] = neo4j.Url.ToString();
        }
        var folder = HubFactory.NewDataDirectory();
        await using var first = new HubFactory(folder, "Development", settings);
        var a = await first.ReadyClientAsync();
        await using var second = new HubFactory(folder, "Development", settings);
        var b = await second.ReadyClientAsync();
        // The second loaded what the first seeded: the same demo network, node for node.
        Assert.Equal(first.Services.GetRequiredService<NetworkIndex>().Current.NodeCount, second.Services.GetRequiredService<NetworkIndex>().Current.NodeCount);
        Assert.Equal(first.Services.GetRequiredService<NetworkIndex>().Current.LinkCount, second.Services.GetRequiredService<NetworkIndex>().Current.LinkCount);
        var township = first.Services.GetRequiredService<NetworkIndex>().Current.AreaByCode("430112001")!;
        Assert.Equal(township.Id, second.Services.GetRequiredService<NetworkIndex>().Current.AreaByCode("430112001")!.Id);
        var admin = first.DevToken("--role", "admin");

        var renamed = await HubFactory.QueryAsync(a, Rename,
            new { input = new { id = ResourceHub.Schema.Relay.GlobalId.Encode(township), version = township.Version, name = "高塘岭街道（改）" } }, admin);
        var seen = await EventuallyAsync(b, "高塘岭街道（改）");
        var back = await HubFactory.QueryAsync(b, Rename,
            new { input = new { id = ResourceHub.Schema.Relay.GlobalId.Encode(township), version = township.Version + 1, name = "高塘岭街道" } }, second.DevToken("--role", "admin"));
        var seenBack = await EventuallyAsync(a, "高塘岭街道");

        Assert.Equal(0, renamed.GetProperty("data").GetProperty("updateArea").GetProperty("userErrors").GetArrayLength());
        Assert.Equal(0, back.GetProperty("data").GetProperty("updateArea").GetProperty("userErrors").GetArrayLength());
        Assert.True(seen, "the second hub never served the first one's write");
        Assert.True(seenBack, "the first hub never served the second one's write");
        Assert.Equal(first.Services.GetRequiredService<NetworkIndex>().Current.Sequence, second.Services.GetRequiredService<NetworkIndex>().Current.Sequence);
    }

    // The followers ask at an interval: what one hub commits reaches the other within about a tenth of a second on
    // SQLite, at once on PostgreSQL; this waits up to ten seconds (speed is measured in bench/, not asserted here).
    private static async Task<bool> EventuallyAsync(HttpClient client, string name)
    {
        for (var i = 0; i < 200; i++)
        {
            var r = await HubFactory.QueryAsync(client, """{ area(code: "430112001") { name } }""");
            if (r.GetProperty("data").GetProperty("area").GetProperty("name").GetString() == name) return true;
            await Task.Delay(50);
        }
        return false;
    }
}
