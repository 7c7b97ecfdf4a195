using ResourceHub.Graph.Access;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Demo;
using ResourceHub.Graph.Export;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Persistence;
using ResourceHub.Graph.Persistence.Neo4j;

namespace ResourceHub.Graph.Tests.Neo4j;

/// <summary>
/// The exports for Neo4j users, taken in by a real Neo4j 3.1.1: the bulk-import files by its own neo4j-import, the
/// Cypher script statement by statement; either way the server then holds the exported network, node for node and
/// link for link, typed as the store holds it, and the hub loads it. The 5.x script passes Neo4j's linter.
/// </summary>
public sealed class Neo4jExportTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 15, 8, 0, 0, TimeSpan.Zero);
    private static readonly Lazy<NetworkSnapshot> Demo = new(() => InMemoryNetwork.Build(DemoNetwork.Build(), Now));

    [SkippableFact]
    public async Task BulkImportFiles_ImportedByNeo4jImport_HoldTheExportedNetwork()
    {
        var scope = ExportScope.Whole(Demo.Value);
        var folder = Path.Combine(Path.GetTempPath(), "resourcehub-neo4j-csv-" + Guid.NewGuid().ToString("N")[..8]);
        var files = await Neo4jExportWriter.WriteImportFolderAsync(scope, folder);
        string said = "";
        await using var server = await Neo4jServer.StartWithAsync(async home =>
        {
            var args = new List<string> { "--id-type", "INTEGER", "--multiline-fields", "true" };
            foreach (var f in files) args.AddRange([Path.GetFileName(f) == Neo4jExportWriter.RelationshipsFile ? "--relationships" : "--nodes", f]);
            var (exit, output) = await Neo4jServer.ImportAsync(Path.Combine(home, "data", "databases", "graph.db"), args);
            said = output;
            Assert.True(exit == 0, $"neo4j-import failed ({exit}):\n{output}");
        });
        Assert.Contains("IMPORT DONE", said, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);

        await AssertHoldsAsync(server, scope);
    }

    [SkippableFact]
    public async Task CypherScript_RunOnTheLiveServer_HoldsTheExportedNetwork()
    {
        var scope = ExportScope.Whole(Demo.Value);
        await using var server = await Neo4jServer.LeaseAsync();
        using var client = new Neo4jClient(server.Settings);
        var script = Neo4jExportWriter.CypherScript(scope, 3, 1).ToList();
        // Each statement alone, as cypher-shell runs a script: a constraint cannot share a transaction with data.
        foreach (var statement in script) await client.RunAsync(statement);

        Assert.Contains(script, s => s.StartsWith("UNWIND [{", StringComparison.Ordinal));
        await AssertHoldsAsync(server, scope);
    }

    [SkippableFact]
    public async Task CypherScriptFor5_HasNoLinterErrors_AndWritesThePointsIn()
    {
        // One community's network: the linter reads a statement of 500 written-in rows slowly, and these rows are of every kind but few.
        var community = Demo.Value.Nodes().OfType<Area>().First(a => a.Level == AreaLevel.Community && a.Point is not null);
        var script = Neo4jExportWriter.CypherScript(ExportScope.Of(Demo.Value, community.Id)).ToList();
        Assert.Contains(script, s => s.Contains("point({latitude: row.lat", StringComparison.Ordinal) && s.Contains("`lat`: 28.", StringComparison.Ordinal));
        await CypherLint.AssertNoErrorsAsync(script);

        using var written = new MemoryStream();
        await Neo4jExportWriter.WriteCypherAsync(ExportScope.Of(Demo.Value, community.Id), written);
        var text = System.Text.Encoding.UTF8.GetString(written.ToArray());
        Assert.Equal(script.Count, text.Split(";\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains(community.Name, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublicExports_HoldNoElder_NorAVolunteersNumberOrVersion_AnAdminsHoldsThem()
    {
        var demo = Demo.Value;
        var withPhone = new NetworkDelta();
        withPhone.UpsertedNodes.Add(demo.Nodes().OfType<Elder>().First() with { Phone = "13800001111", Address = "金峰社区3栋201" });
        var s = demo.Apply(withPhone, demo.Sequence + 1);
        var elder = s.Nodes().OfType<Elder>().First(e => e.Phone is not null);
        var volunteer = s.Nodes().OfType<Volunteer>().First(v => v.VolunteerNumber.Length > 0);

        var publicly = await ArchiveTextAsync(ExportScope.Whole(s));
        Assert.DoesNotContain(elder.Address!, publicly, StringComparison.Ordinal);
        Assert.DoesNotContain(elder.Phone!, publicly, StringComparison.Ordinal);
        Assert.DoesNotContain(volunteer.VolunteerNumber, publicly, StringComparison.Ordinal);
        var script = string.Join("\n", Neo4jExportWriter.CypherScript(ExportScope.Whole(s)));
        Assert.DoesNotContain(elder.Phone!, script, StringComparison.Ordinal);

        // Changing what the public may not see (a volunteer's number, and the version it moves) changes no byte of the public export.
        var delta = new NetworkDelta();
        delta.UpsertedNodes.Add(volunteer with { VolunteerNumber = "WC999999", Version = volunteer.Version + 1, UpdatedAt = Now.AddDays(1) });
        var changed = s.Apply(delta, s.Sequence + 1);
        Assert.Equal(publicly, await ArchiveTextAsync(ExportScope.Whole(changed)));

        var admin = new Caller { Subject = "admin-1", Roles = Roles.Admin };
        var personal = await ArchiveTextAsync(ExportScope.WithPersonalData(s, null, admin));
        Assert.Contains(elder.Phone!, personal, StringComparison.Ordinal);
        Assert.Contains(volunteer.VolunteerNumber, personal, StringComparison.Ordinal);
        Assert.Throws<UnauthorizedAccessException>(() => ExportScope.WithPersonalData(s, null, new Caller { Subject = "o", Roles = Roles.Official }));
    }

    // Every file of a scope's bulk-import archive, one after another.
    private static async Task<string> ArchiveTextAsync(ExportScope scope)
    {
        var text = new System.Text.StringBuilder();
        foreach (var kind in Neo4jExportWriter.Kinds(scope))
        {
            using var s = new MemoryStream();
            await Neo4jExportWriter.WriteNodesAsync(scope, kind, s);
            text.Append(System.Text.Encoding.UTF8.GetString(s.ToArray()));
        }
        using var links = new MemoryStream();
        await Neo4jExportWriter.WriteRelationshipsAsync(scope, links);
        return text.Append(System.Text.Encoding.UTF8.GetString(links.ToArray())).ToString();
    }

    // The server holds the scope: counts per label and type, a sample as Cypher reads it, and the hub's load of it equal
    // to the export, every node's properties and every link.
    private static async Task AssertHoldsAsync(Neo4jServer.Lease server, ExportScope scope)
    {
        using var store = new Neo4jNetworkStore(server.Settings);
        var client = store.Client;
        var labels = (await client.RunAsync("MATCH (n:Node) RETURN [l IN labels(n) WHERE l <> 'Node'][0] AS kind, count(*) ORDER BY kind")).Rows
            .ToDictionary(r => r[0].GetString()!, r => r[1].GetInt32());
        Assert.Equal(scope.Nodes().GroupBy(n => n.Kind.ToString()).ToDictionary(g => g.Key, g => g.Count()).OrderBy(kv => kv.Key), labels.OrderBy(kv => kv.Key));
        var types = (await client.RunAsync("MATCH (:Node)-[r]->(:Node) RETURN type(r) AS t, count(*) ORDER BY t")).Rows.ToDictionary(r => r[0].GetString()!, r => r[1].GetInt32());
        Assert.Equal(scope.Links().GroupBy(l => Neo4jRecords.TypeName(l.Type)).ToDictionary(g => g.Key, g => g.Count()).OrderBy(kv => kv.Key), types.OrderBy(kv => kv.Key));

        var org = scope.Nodes<Organization>().First(o => o.Point is not null && o.Services.Count > 1);
        var row = (await client.RunAsync("MATCH (o:Organization {id: $id}) RETURN o.name, o.services, o.latitude, o.longitude, o.isDemo",
            new Dictionary<string, object?> { ["id"] = org.Id })).Rows.Single();
        Assert.Equal(org.Name, row[0].GetString());
        Assert.Equal(org.Services, row[1].EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal(org.Point!.Value.Lat, row[2].GetDouble());
        Assert.Equal(org.Point!.Value.Lon, row[3].GetDouble());
        Assert.Equal(org.IsDemo, row[4].GetBoolean());

        await store.MigrateAsync();
        var loaded = await store.LoadAsync();
        var expected = scope.Nodes().ToDictionary(n => n.Id);
        Assert.Equal(expected.Keys.Order(), loaded.Nodes().Select(n => n.Id).Order());
        foreach (var n in loaded.Nodes())
        {
            var e = expected[n.Id];
            Assert.Equal((e.Kind, e.Name, NetworkJson.SerializeNode(e), e.CreatedAt), (n.Kind, n.Name, NetworkJson.SerializeNode(n), n.CreatedAt));
        }
        Assert.Equal(scope.Links().Select(l => (l.Id, l.Type, l.FromId, l.ToId, NetworkJson.SerializeLinkData(l))).OrderBy(l => l.Id),
            loaded.Links().Select(l => (l.Id, l.Type, l.FromId, l.ToId, NetworkJson.SerializeLinkData(l))).OrderBy(l => l.Id));

        // Ids the hub gives next come after the imported ones.
        var next = (await client.RunAsync("MATCH (h:HubHead {name: 'network'}) RETURN h.nextNode, h.nextLink")).Rows.Single();
        Assert.True(next[0].GetInt64() > expected.Keys.Max());
        Assert.True(next[1].GetInt64() > scope.Links().Max(l => l.Id));
    }
}
