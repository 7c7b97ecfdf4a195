using System.Text.Json;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Persistence;
using ResourceHub.Graph.Persistence.Neo4j;
using ResourceHub.Graph.Tests.Persistence;

namespace ResourceHub.Graph.Tests.Neo4j;

/// <summary>
/// What the Neo4j store sends, on the live Neo4j 3.1.1: only statements of its published list, which the linter finds
/// free of errors as current Cypher (5.x); and what it holds, as a Neo4j user sees it: labels, typed properties,
/// relationships.
/// </summary>
public sealed class Neo4jStoreTests
{
    [SkippableFact]
    public async Task EveryStatementSentLive_IsOneOfTheStoresList()
    {
        await using var lease = await Neo4jServer.LeaseAsync();
        var recorder = new Recorder();
        using var store = new Neo4jNetworkStore(lease.Settings, recorder) { PollInterval = TimeSpan.FromMilliseconds(10) };
        await store.MigrateAsync();
        await store.MigrateAsync();
        var index = new NetworkIndex();
        index.SetLoaded(await store.LoadAsync());
        var writer = new NetworkWriter(store, index, TimeProvider.System);

        // Every kind of write: creates of several kinds and link types, updates of nodes and links, a node deleted with its
        // links, a stale update, a key, audit entries; then a second instance follows and loads.
        Assert.True((await writer.CommitAsync(MiniNetwork.Create(), "test")).Succeeded);
        var s = index.Current;
        var volunteer = s.VolunteerByNumber("WC000001")!;
        var partners = s.Links().First(l => l.Type == LinkType.PartnersWith);
        Assert.True((await writer.CommitAsync(new ChangeSet().Update(volunteer with { MaxTravelKm = 4.5 }).UpdateLink(partners with { Weight = 0.5 }), "test", "key-1")).Succeeded);
        Assert.False((await writer.CommitAsync(new ChangeSet().Update(volunteer with { MaxTravelKm = 1 }), "test")).Succeeded);
        var updated = index.Current.VolunteerByNumber("WC000001")!;
        var deleted = await writer.CommitAsync(new ChangeSet().Delete(updated.Id, updated.Version), "test");
        Assert.True(deleted.Succeeded, string.Join("; ", deleted.Errors));
        Assert.NotNull(await store.FindKeyAsync("key-1"));
        await store.AppendAuditAsync([new ResourceHub.Graph.Access.AuditEntry(0, DateTimeOffset.UtcNow, "sw", "social_worker", volunteer.Id, NodeKind.Volunteer, ["name"], "read", null, "r1")]);
        Assert.Single(await store.ReadAuditAsync(0, 10));
        var batch = await store.ReadChangesAsync(0, 100);
        Assert.Equal(3, batch.Entries.Count);
        await store.WaitForChangesAsync(batch.Head, TimeSpan.FromMilliseconds(50));
        SnapshotDump.AssertSame(await store.LoadAsync(), index.Current);

        var live = new Neo4jCypher(3, 1).All.ToHashSet();
        var strays = recorder.Statements.Where(t => !live.Contains(t)).Distinct().ToList();
        Assert.True(strays.Count == 0, "sent but not in Neo4jCypher.All:\n" + string.Join("\n", strays));
        Assert.True(recorder.Statements.Distinct().Count() >= 20, $"only {recorder.Statements.Distinct().Count()} distinct statements were sent");
    }

    [SkippableFact]
    public async Task TheStoresStatementsForNeo4j5_HaveNoLinterErrors()
    {
        var current = new Neo4jCypher(5, 26);
        await CypherLint.AssertNoErrorsAsync([.. current.All]);

        // What differs for 3.x is its constraints' older form, which the live tests run and the linter, as current Cypher,
        // refuses; and where a node is, which 3.x keeps as two floats where 5.x has a point.
        var old = new Neo4jCypher(3, 1);
        var pairs = current.All.Except(current.Constraints).Zip(old.All.Except(old.Constraints)).ToList();
        Assert.Equal(current.All.Count - current.Constraints.Count, pairs.Count);
        Assert.All(pairs.Where(p => p.First != p.Second), p => Assert.Contains("point", p.First, StringComparison.Ordinal));
        var (_, findings) = await CypherLint.LintAsync(old.Constraints);
        Assert.All(findings, f => Assert.NotEmpty(f.Errors));
    }

    [SkippableFact]
    public async Task ANeo4jUser_SeesLabelsTypedPropertiesAndRelationships()
    {
        await using var t = await TestStore.CreateAsync(TestStore.Neo4jStore);
        Assert.True((await t.Writer.CommitAsync(MiniNetwork.Create(), "test")).Succeeded);
        var client = ((Neo4jNetworkStore)t.Store).Client;

        var volunteer = (await client.RunAsync(
            "MATCH (v:Node:Volunteer {volunteerNumber: 'WC000001'}) RETURN v.name, v.maxTravelKm, v.skills, v.latitude, v.longitude, v.isDemo, v.category, labels(v)")).Rows.Single();
        Assert.Equal("王某芳", volunteer[0].GetString());
        Assert.Equal("3.0", volunteer[1].GetRawText());
        Assert.Equal(["education.smart-devices"], volunteer[2].EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(28.36, volunteer[3].GetDouble());
        Assert.Equal(112.82, volunteer[4].GetDouble());
        Assert.True(volunteer[5].GetBoolean());
        Assert.Equal("YoungerElder", volunteer[6].GetString());
        Assert.Equal(["Node", "Volunteer"], volunteer[7].EnumerateArray().Select(e => e.GetString()!).Order());

        var member = (await client.RunAsync("MATCH (:Volunteer)-[r:MEMBER_OF]->(g:Organization) RETURN r.since, g.name, r.id")).Rows.Single();
        Assert.Equal("2025-03-01", member[0].GetString());
        Assert.Equal("金峰社区智能手机兴趣小组", member[1].GetString());
        var partners = (await client.RunAsync("MATCH (:Organization)-[r:PARTNERS_WITH]->(:Organization) RETURN r.weight, r.note")).Rows.Single();
        Assert.Equal(0.8, partners[0].GetDouble());
        Assert.Equal("共建", partners[1].GetString());

        var counts = (await client.RunAsync("MATCH (n:Node) RETURN [l IN labels(n) WHERE l <> 'Node'][0] AS kind, count(*) ORDER BY kind")).Rows
            .ToDictionary(r => r[0].GetString()!, r => r[1].GetInt32());
        var index = t.Index.Current.Nodes().GroupBy(n => n.Kind.ToString()).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(index.OrderBy(kv => kv.Key), counts.OrderBy(kv => kv.Key));
        var constraints = (await client.RunAsync("CALL db.constraints()")).Rows.Select(r => r[0].GetString()!).ToList();
        Assert.Contains(constraints, c => c.Contains(":Node", StringComparison.Ordinal) && c.Contains("IS UNIQUE", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task TwoWritersOnOneHeadNode_TakeTurns_AndTheSecondSeesTheFirstsHead()
    {
        await using var a = await TestStore.CreateAsync(TestStore.Neo4jStore);
        await using var b = await a.OpenSecondInstanceAsync();
        var held = new TaskCompletionSource();
        var entered = new TaskCompletionSource();

        // a holds the write lock; b's transaction waits for it and then reads the head a left.
        var first = a.Store.WriteAsync(async tx =>
        {
            entered.SetResult();
            await held.Task;
            return tx.Head;
        });
        await entered.Task;
        var second = b.Writer.CommitAsync(MiniNetwork.Create(), "b");
        await Task.Delay(300);
        Assert.False(second.IsCompleted, "b committed while a held the write lock");
        held.SetResult();
        await first;
        Assert.True((await second).Succeeded);
        Assert.Equal(1, await a.Store.HeadAsync());
    }

    // Every statement each request carries, as sent.
    private sealed class Recorder : DelegatingHandler
    {
        public Recorder()
            : base(new SocketsHttpHandler())
        {
        }

        public List<string> Statements { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Content is not null)
            {
                using var body = JsonDocument.Parse(await request.Content.ReadAsStringAsync(cancellationToken));
                lock (Statements) Statements.AddRange(body.RootElement.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("statement").GetString()!));
            }
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
