using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Tests.Elders;

/// <summary>PIPL's duties: every read of personal data audited, an elder's record exported and erased on request.</summary>
public sealed class ElderPrivacyTests
{
    private const string AuditLog = "{ auditLog(first: 100) { nodes { subject roles nodeId kind fields action operation requestId } pageInfo { hasNextPage endCursor } } }";

    private static Elder ElderIn(Graph.Index.NetworkSnapshot s, string township) =>
        s.Nodes<Elder>().First(e => NodeFacets.HomeArea(s, e.Id)?.Code.StartsWith(township, StringComparison.Ordinal) == true);

    [Fact]
    public async Task PersonalReads_AreAuditedWithWhoWhatAndWhichOperation_AndPublicReadsAreNot()
    {
        await using var hub = await DemoHub.CreateAsync();
        var elder = ElderIn(hub.Snapshot, "430112001");
        var worker = Callers.SocialWorker("430112001");

        await hub.RunJsonAsync("query ReadElder($id: ID!) { node(id: $id) { ... on Elder { name phone address ageBand } } }", new { id = GlobalId.Encode(elder) }, worker);
        await hub.RunJsonAsync("query Mobility($id: ID!) { node(id: $id) { ... on Elder { mobility } } }", new { id = GlobalId.Encode(elder) }, Callers.Official());
        await hub.RunJsonAsync("{ areas(first: 5) { nodes { name } } needs(first: 5) { nodes { categories } } }", caller: worker);
        var log = await hub.RunJsonAsync(AuditLog, caller: Callers.Admin);

        var entries = log.Items("data.auditLog.nodes");
        Assert.Equal(2, entries.Count);
        Assert.Equal(worker.Subject, entries[0].Text("subject"));
        Assert.Equal("social_worker", entries[0].Text("roles"));
        Assert.Equal(GlobalId.Encode(elder), entries[0].Text("nodeId"));
        Assert.Equal(["address", "ageBand", "name", "phone"], entries[0].Items("fields").Select(f => f.GetString()));
        Assert.Equal(("read", "ReadElder"), (entries[0].Text("action"), entries[0].Text("operation")));
        Assert.False(string.IsNullOrEmpty(entries[0].Text("requestId")));
        Assert.Equal(["mobility"], entries[1].Items("fields").Select(f => f.GetString()));
        Assert.Equal("official", entries[1].Text("roles"));
    }

    [Fact]
    public async Task AuditLog_ReadByOtherThanAnAdmin_IsForbidden()
    {
        var hub = await DemoHub.Shared;

        var result = await hub.RunJsonAsync(AuditLog, caller: Callers.SocialWorker());

        Assert.Equal(JsonValueKind.Null, result.At("data.auditLog").ValueKind);
        Assert.Equal(["FORBIDDEN"], result.ErrorCodes());
    }

    [Fact]
    public async Task AuditLog_RowsCannotBeChangedOrDeleted()
    {
        await using var hub = await DemoHub.CreateAsync();
        await hub.RunJsonAsync("query($id: ID!) { node(id: $id) { ... on Elder { phone } } }", new { id = GlobalId.Encode(ElderIn(hub.Snapshot, "430112001")) }, Callers.SocialWorker());
        using var db = new SqliteConnection($"Data Source={hub.DatabasePath}");
        db.Open();

        foreach (var sql in new[] { "UPDATE audit_log SET subject = 'nobody'", "DELETE FROM audit_log" })
        {
            using var cmd = db.CreateCommand();
            cmd.CommandText = sql;
            var error = Assert.Throws<SqliteException>(() => cmd.ExecuteNonQuery());
            Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Export_ByTheElderSocialWorker_HoldsTheWholeRecordAndIsAudited_AndIsForbiddenToTheOfficial()
    {
        await using var hub = await DemoHub.CreateAsync();
        var s = hub.Snapshot;
        var elder = s.Nodes<Elder>().First(e => NodeFacets.HomeArea(s, e.Id)?.Code.StartsWith("430112001", StringComparison.Ordinal) == true &&
            s.Edges(e.Id, Direction.Out, LinkType.HasNeed).Count > 0);
        const string Export = "query Export($id: ID!) { exportElder(id: $id) }";

        var exported = await hub.RunJsonAsync(Export, new { id = GlobalId.Encode(elder) }, Callers.SocialWorker("430112001"));
        var official = await hub.RunJsonAsync(Export, new { id = GlobalId.Encode(elder) }, Callers.Official());
        var log = await hub.RunJsonAsync(AuditLog, caller: Callers.Admin);

        using var record = JsonDocument.Parse(exported.Text("data.exportElder")!);
        Assert.Equal(elder.Name, record.RootElement.GetProperty("elder").GetProperty("name").GetString());
        Assert.NotEmpty(record.RootElement.GetProperty("needs").EnumerateArray());
        Assert.Equal(["FORBIDDEN"], official.ErrorCodes());
        Assert.Contains(log.Items("data.auditLog.nodes"), e => e.Text("action") == "export" && e.Text("nodeId") == GlobalId.Encode(elder));
    }

    [Fact]
    public async Task Erase_ByTheElderSocialWorker_RemovesThePersonalDataFromIndexAndDatabase_AndKeepsTheDeIdentifiedRecord()
    {
        await using var hub = await DemoHub.CreateAsync();
        var worker = Callers.SocialWorker("430112001");
        var created = await hub.RunJsonAsync("""
            mutation($input: CreateElderInput!) { createElder(input: $input) { elder { id version } userErrors { message } } }
            """, new
        {
            input = new
            {
                name = "郗某鸾", ageBand = "FROM_80_TO_89", living = "ALONE", mobility = "DISABLED", situations = new[] { "disabled" },
                phone = "139 8888 7777", address = "示例地址九号", healthNotes = "每周复诊", areaId = DemoNodes.Community(hub.Snapshot)
            }
        }, worker);
        var id = created.Text("data.createElder.elder.id")!;
        var need = await hub.RunJsonAsync("""
            mutation($input: CreateNeedInput!) { createNeed(input: $input) { need { id } userErrors { message } } }
            """, new { input = new { name = "郗某鸾失能送餐", categories = new[] { "meal.help" }, mode = "HOME", ownerId = id } }, worker);
        await hub.RunJsonAsync("mutation($input: LinkInput!) { link(input: $input) { userErrors { message } } }",
            new { input = new { type = "MEMBER_OF", fromId = id, toId = DemoNodes.VolunteerTeam(hub.Snapshot) } }, worker);
        GlobalId.TryDecode(id, out _, out var elderId);

        var erased = await hub.RunJsonAsync("""
            mutation Erase($input: EraseElderInput!) { eraseElder(input: $input) { elder { name phone address healthNotes mobility erasedAt } userErrors { message } } }
            """, new { input = new { id, version = hub.Snapshot.Node(elderId)!.Version } }, worker);

        Assert.Empty(erased.ErrorCodes());
        Assert.Equal("（已删除）", erased.Text("data.eraseElder.elder.name"));
        Assert.Equal(JsonValueKind.Null, erased.At("data.eraseElder.elder.phone").ValueKind);
        Assert.Equal("DISABLED", erased.Text("data.eraseElder.elder.mobility"));
        Assert.False(string.IsNullOrEmpty(erased.Text("data.eraseElder.elder.erasedAt")));
        GlobalId.TryDecode(need.Text("data.createNeed.need.id"), out _, out var needId);
        Assert.Equal(Graph.Access.PublicLabels.NeedTitle(hub.Snapshot, hub.Snapshot.Node<Need>(needId)!), hub.Snapshot.Node(needId)!.Name);
        Assert.DoesNotContain("郗某鸾", hub.Snapshot.Node(needId)!.Name, StringComparison.Ordinal);
        Assert.Empty(hub.Snapshot.Edges(elderId, Direction.Out, LinkType.MemberOf).OtherIds.ToArray());
        var log = await hub.RunJsonAsync(AuditLog, caller: Callers.Admin);
        Assert.Contains(log.Items("data.auditLog.nodes"), e => e.Text("action") == "erase" && e.Text("nodeId") == id && e.Text("operation") == "Erase");

        var inIndex = hub.Snapshot.Node(elderId);
        var restarted = await hub.RestartAsync();
        await using (restarted)
        {
            var loaded = restarted.Snapshot.Node(elderId)!;
            Assert.Equal((inIndex!.Name, inIndex.Version, Graph.Persistence.NetworkJson.SerializeNode(inIndex)),
                (loaded.Name, loaded.Version, Graph.Persistence.NetworkJson.SerializeNode(loaded)));
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(restarted.DatabasePath)!))
            {
                var bytes = await File.ReadAllBytesAsync(file);
                foreach (var text in new[] { "郗某鸾", "139 8888 7777", "示例地址九号", "每周复诊" })
                    Assert.True(IndexOf(bytes, Encoding.UTF8.GetBytes(text)) < 0, $"'{text}' is still in {Path.GetFileName(file)}");
            }
        }
    }

    [Fact]
    public async Task Erase_ByTheOfficial_IsForbidden()
    {
        await using var hub = await DemoHub.CreateAsync();
        var elder = ElderIn(hub.Snapshot, "430112001");

        var result = await hub.RunJsonAsync("""
            mutation($input: EraseElderInput!) { eraseElder(input: $input) { elder { id } } }
            """, new { input = new { id = GlobalId.Encode(elder), version = elder.Version } }, Callers.Official());

        Assert.Equal(["FORBIDDEN"], result.ErrorCodes());
        Assert.Equal(elder, hub.Snapshot.Node(elder.Id));
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
}
