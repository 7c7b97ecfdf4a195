using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Persistence;

namespace ResourceHub.Hub.Tests.Endpoints;

public sealed class HubStartTests
{
    private const string District = """{ area(code: "430112") { name code level children { name code kind } } network { nodes links } }""";

    [Fact]
    public async Task FirstStart_EmptyDirectory_LoadsDemoAndAnswersWangcheng()
    {
        await using var hub = new HubFactory();
        var client = await hub.ReadyClientAsync();

        var result = await HubFactory.QueryAsync(client, District);

        var area = result.GetProperty("data").GetProperty("area");
        Assert.Equal("望城区", area.GetProperty("name").GetString());
        Assert.Equal("DISTRICT", area.GetProperty("level").GetString());
        var children = area.GetProperty("children").EnumerateArray().ToList();
        Assert.Equal(15, children.Count);
        Assert.Equal(["高塘岭街道", "丁字湾街道", "大泽湖街道", "月亮岛街道", "白沙洲街道", "金山桥街道", "黄金园街道", "铜官街道", "乌山街道", "雷锋街道", "桥驿镇", "茶亭镇", "靖港镇", "乔口镇", "白箬铺镇"],
            children.Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(10, children.Count(c => c.GetProperty("kind").GetString() == "SUBDISTRICT"));
        Assert.Equal(5, children.Count(c => c.GetProperty("kind").GetString() == "TOWN"));
        Assert.True(result.GetProperty("data").GetProperty("network").GetProperty("nodes").GetInt32() >= 1500);
        Assert.True(File.Exists(Path.Combine(hub.DataDirectory, "resourcehub.db")));
    }

    [Fact]
    public async Task AReadReplica_BesideASqliteFile_IsRefusedAtStart_SayingWhatItNeeds()
    {
        await using var hub = new HubFactory(settings: new Dictionary<string, string?> { ["ConnectionStrings:HubReplica"] = "Host=127.0.0.1;Database=resourcehub" });

        var refused = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => hub.ReadyClientAsync());

        Assert.Contains("ConnectionStrings:HubReplica", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("neo4j", null, "Hub:Neo4j:Url")]
    [InlineData("mongodb", null, "Hub:Store is 'mongodb'")]
    public async Task ABadStoreSetting_IsRefusedAtStart_SayingWhatItNeeds(string store, string? url, string says)
    {
        await using var hub = new HubFactory(settings: new Dictionary<string, string?> { ["Hub:Store"] = store, ["Hub:Neo4j:Url"] = url });

        var refused = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => hub.ReadyClientAsync());

        Assert.Contains(says, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_SameDirectory_KeepsEveryChangeAndAddsNothing()
    {
        var directory = HubFactory.NewDataDirectory();
        long nodesBefore, sequenceBefore;
        await using (var first = new HubFactory(directory))
        {
            await first.ReadyClientAsync();
            var index = first.Services.GetRequiredService<NetworkIndex>();
            var township = index.Current.AreaByCode("430112001")!;
            var result = await first.Services.GetRequiredService<NetworkWriter>()
                .CommitAsync(new ChangeSet().Update(township with { Population = 123456, Description = "改过的描述" }), "test");
            Assert.True(result.Succeeded);
            nodesBefore = index.Current.NodeCount;
            sequenceBefore = index.Current.Sequence;
        }

        await using var second = new HubFactory(directory);
        await second.ReadyClientAsync();
        var again = second.Services.GetRequiredService<NetworkIndex>().Current;

        Assert.Equal(nodesBefore, again.NodeCount);
        Assert.Equal(sequenceBefore, again.Sequence);
        Assert.Equal(123456, again.AreaByCode("430112001")!.Population);
        Assert.Equal("改过的描述", again.AreaByCode("430112001")!.Description);
    }

    [Fact]
    public async Task NewDirectory_StartsFresh()
    {
        await using var changed = new HubFactory();
        await changed.ReadyClientAsync();
        var index = changed.Services.GetRequiredService<NetworkIndex>();
        var township = index.Current.AreaByCode("430112002")!;
        await changed.Services.GetRequiredService<NetworkWriter>().CommitAsync(new ChangeSet().Update(township with { Population = 1 }), "test");

        await using var fresh = new HubFactory();
        await fresh.ReadyClientAsync();
        var freshIndex = fresh.Services.GetRequiredService<NetworkIndex>().Current;

        Assert.NotEqual(changed.DataDirectory, fresh.DataDirectory);
        Assert.Equal(1, freshIndex.Sequence);
        Assert.NotEqual(1, freshIndex.AreaByCode("430112002")!.Population);
    }

    [Fact]
    public async Task Healthz_SaysAlive_Readyz_SaysLoadedReachableAndNotBehind()
    {
        await using var hub = new HubFactory();
        var client = await hub.ReadyClientAsync();

        var alive = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.StartsWith("alive: ", await alive.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var body = System.Text.Json.JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        var sequence = hub.Services.GetRequiredService<NetworkIndex>().Current.Sequence;
        Assert.Equal(("ready", true, "reachable", sequence, sequence, 0L),
            (body.GetProperty("status").GetString(), body.GetProperty("loaded").GetBoolean(), body.GetProperty("database").GetString(),
                body.GetProperty("sequence").GetInt64(), body.GetProperty("head").GetInt64(), body.GetProperty("lag").GetInt64()));
    }
}
