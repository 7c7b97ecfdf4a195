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

    [Theory]
    [InlineData("--ConnectionStrings:HubReplica=Host=127.0.0.1;Database=resourcehub", "ConnectionStrings:HubReplica")]
    [InlineData("--Hub:Store=neo4j", "Hub:Neo4j:Url")]
    [InlineData("--Hub:Store=mongodb", "Hub:Store is 'mongodb'")]
    [InlineData("--Hub:TimeBank:Floor=5", "Hub:TimeBank:Floor must be 0 or below")]
    [InlineData("--Identity:Instance=https://login.example.com/", "Identity:ClientId")]
    public async Task ABadSetting_IsRefusedAtStart_InASentenceNamingIt_AndNothingIsWritten(string setting, string says)
    {
        var folder = HubFactory.NewDataDirectory();

        // Bounded: a hub that took the setting would serve until killed.
        var (exit, output) = await Persistence.ChildHub.RunAsync(["--urls=http://127.0.0.1:0", "--Hub:DataDirectory=" + folder, setting], killAfter: TimeSpan.FromMinutes(2));

        Assert.True(exit == 2, $"exit {exit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none: it served"}\n{output}");
        Assert.Contains("ResourceHub cannot start: ", output, StringComparison.Ordinal);
        Assert.Contains(says, output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "resourcehub.db")), "the refused hub wrote a database");
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
