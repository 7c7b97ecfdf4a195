using ResourceHub.Graph.Access;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.TimeBank;
using ResourceHub.Schema.Relay;
using ResourceHub.Schema.Tests.Referrals;

namespace ResourceHub.Schema.Tests.TimeBank;

/// <summary>The time bank through the API: hours served earn credits in the commit that logs them; holders spend and give their own; staff adjust and read the totals.</summary>
public sealed class TimeBankApiTests
{
    private const string Statement = "query($id: ID!) { timeBankStatement(accountId: $id) { balance earned spent transferredOut entryCount entries(first: 5) { kind credits reason } } }";
    private const string Add = "mutation($input: CreateTimeBankEntryInput!) { addTimeBankEntry(input: $input) { timeBankEntry { id kind credits } userErrors { field code message } } }";

    [Fact]
    public async Task CompletingAReferralWithHours_LogsTheServiceAndEarnsTheCredits_InOneCommit()
    {
        await using var hub = await DemoHub.CreateAsync();
        var (worker, volunteer, need, _) = ReferralConsentApiTests.Parties(hub.Snapshot);
        var sender = new Caller { Subject = "test:worker", Roles = Roles.SocialWorker, AreaCodes = ["430112001"], NodeId = worker };
        var helper = Callers.Volunteer(volunteer);
        var before = TimeBankLedger.Balance(hub.Snapshot, volunteer);
        var records = hub.Snapshot.Count(NodeKind.ServiceRecord);
        var created = await hub.RunJsonAsync("mutation($input: CreateReferralInput!) { createReferral(input: $input) { referral { id } } }",
            new { input = new { name = "转介：送节目上门", needId = GlobalId.Encode(NodeKind.Need, need), helperId = GlobalId.Encode(NodeKind.Volunteer, volunteer), senderId = GlobalId.Encode(NodeKind.SocialWorker, worker) } }, sender);
        var id = created.Text("data.createReferral.referral.id")!;
        foreach (var (step, by, version) in new[] { ("sendReferral", sender, 1), ("acceptReferral", helper, 2), ("startReferral", helper, 3) })
        {
            var stepped = await hub.RunJsonAsync($"mutation($input: ReferralStepInput!) {{ {step}(input: $input) {{ userErrors {{ code }} }} }}", new { input = new { id, version } }, by);
            Assert.Empty(stepped.Items($"data.{step}.userErrors"));
        }

        var done = await hub.RunJsonAsync("mutation($input: CompleteReferralInput!) { completeReferral(input: $input) { referral { status } userErrors { field code } } }",
            new { input = new { id, version = 4, outcome = "GOT_HELP", hours = 1.3, date = "2026-11-30" } }, helper);

        Assert.Empty(done.Items("data.completeReferral.userErrors"));
        Assert.Equal("COMPLETED", done.Text("data.completeReferral.referral.status"));
        Assert.Equal(records + 1, hub.Snapshot.Count(NodeKind.ServiceRecord));
        var record = hub.Snapshot.Nodes<ServiceRecord>().Single(r => r.ForId == need && r.ServedById == volunteer && r.Hours == 1.3m);
        Assert.Equal(new DateOnly(2026, 11, 30), record.Date);
        // 1.3 hours earn 1.25 credits, in the same commit as the completion and the record.
        var earning = hub.Snapshot.Nodes<TimeBankEntry>().Single(e => e.ServiceRecordId == record.Id);
        Assert.Equal((TimeBankEntryKind.Earn, 1.25m, volunteer), (earning.EntryKind, earning.Credits, earning.ToId!.Value));
        Assert.Equal(hub.Snapshot.Node(id.Decode())!.UpdatedAt, earning.CreatedAt);
        var mine = await hub.RunJsonAsync(Statement, new { id = GlobalId.Encode(NodeKind.Volunteer, volunteer) }, helper);
        Assert.Equal(before + 1.25m, mine.At("data.timeBankStatement.balance").GetDecimal());
        Assert.Equal("EARN", mine.Text("data.timeBankStatement.entries.0.kind"));
        // Another volunteer is not told the account exists.
        var other = hub.Snapshot.Nodes<Volunteer>().First(v => v.Id != volunteer).Id;
        Assert.Equal("NOT_FOUND", (await hub.RunJsonAsync(Statement, new { id = GlobalId.Encode(NodeKind.Volunteer, volunteer) }, Callers.Volunteer(other))).ErrorCode());
    }

    [Fact]
    public async Task Holders_SpendAndGiveTheirOwn_WithinTheFloor_AndOnlyStaffAdjust()
    {
        await using var hub = await DemoHub.CreateAsync();
        var (_, volunteer, _, elder) = ReferralConsentApiTests.Parties(hub.Snapshot);
        var me = Callers.Volunteer(volunteer);
        var account = GlobalId.Encode(NodeKind.Volunteer, volunteer);
        var balance = TimeBankLedger.Balance(hub.Snapshot, volunteer);
        var logged = await hub.RunJsonAsync("mutation($input: CreateServiceRecordInput!) { createServiceRecord(input: $input) { serviceRecord { id } userErrors { field code } } }",
            new { input = new { name = "志愿服务记录", servedById = account, forId = GlobalId.Encode(NodeKind.Elder, elder), date = "2026-11-20", hours = 3 } }, me);
        Assert.Empty(logged.Items("data.createServiceRecord.userErrors"));
        Assert.Equal(balance + 3, TimeBankLedger.Balance(hub.Snapshot, volunteer));

        var tooMuch = await hub.RunJsonAsync(Add, new { input = new { name = "兑换服务", kind = "SPEND", fromId = account, credits = balance + 4, date = "2026-11-21" } }, me);
        var transfer = await hub.RunJsonAsync(Add, new { input = new { name = "转赠亲属", kind = "TRANSFER", fromId = account, toId = GlobalId.Encode(NodeKind.Elder, elder), credits = 1, date = "2026-11-21", reason = "转赠给母亲" } }, me);
        var selfAdjust = await hub.RunJsonAsync(Add, new { input = new { name = "调整", kind = "ADJUST", toId = account, credits = 10, date = "2026-11-21", reason = "补录" } }, me);
        var staffAdjust = await hub.RunJsonAsync(Add, new { input = new { name = "调整", kind = "ADJUST", toId = account, credits = 0.5, date = "2026-11-21", reason = "补录十一月活动" } }, Callers.SocialWorker("430112001"));

        Assert.Equal([("credits", "INSUFFICIENT_CREDITS")], tooMuch.At("data.addTimeBankEntry").UserErrors());
        Assert.Empty(transfer.Items("data.addTimeBankEntry.userErrors"));
        Assert.Equal("FORBIDDEN", selfAdjust.ErrorCode());
        Assert.Empty(staffAdjust.Items("data.addTimeBankEntry.userErrors"));
        Assert.Equal(balance + 3 - 1 + 0.5m, TimeBankLedger.Balance(hub.Snapshot, volunteer));
        Assert.Equal(1m, TimeBankLedger.Statement(hub.Snapshot, elder).TransferredIn);
        // The ledger is only ever added to: no mutation updates or deletes an entry.
        var mutations = await hub.RunJsonAsync("{ __type(name: \"Mutation\") { fields { name } } }", caller: Callers.Admin);
        Assert.DoesNotContain(mutations.Items("data.__type.fields"), f => f.Text("name") is "updateTimeBankEntry" or "deleteTimeBankEntry");
    }

    [Fact]
    public async Task Totals_OfTheDistrict_AddUpTheLedger_ForThoseWhoOverseeIt()
    {
        var hub = await DemoHub.Shared;
        var s = hub.Snapshot;

        var totals = await hub.RunJsonAsync("""
            { timeBankTotals(areaCode: "430112", from: "2026-01-01", to: "2026-12-31") { earned spent transferred donated adjusted balance entryCount accounts(first: 100) { balance account { id } } } }
            """, caller: Callers.Official());
        var app = await hub.RunJsonAsync("{ timeBankTotals(areaCode: \"430112\") { earned } }", caller: Callers.App);
        var outside = await hub.RunJsonAsync("{ timeBankTotals(areaCode: \"430112\") { earned } }", caller: Callers.SocialWorker("430112002"));

        var entries = s.Nodes<TimeBankEntry>().Where(e => e.Date.Year == 2026).ToList();
        Assert.Equal(entries.Where(e => e.EntryKind == TimeBankEntryKind.Earn).Sum(e => e.Credits), totals.At("data.timeBankTotals.earned").GetDecimal());
        Assert.Equal(entries.Where(e => e.EntryKind == TimeBankEntryKind.Spend).Sum(e => e.Credits), totals.At("data.timeBankTotals.spent").GetDecimal());
        Assert.Equal(entries.Count, totals.At("data.timeBankTotals.entryCount").GetInt32());
        var accounts = totals.Items("data.timeBankTotals.accounts");
        Assert.Equal(accounts.Sum(a => a.At("balance").GetDecimal()), totals.At("data.timeBankTotals.balance").GetDecimal());
        Assert.All(accounts, a => Assert.Equal(TimeBankLedger.Balance(s, a.Text("account.id")!.Decode()), a.At("balance").GetDecimal()));
        Assert.True(entries.Count > 40, $"{entries.Count} entries in the demo");
        Assert.Equal("FORBIDDEN", app.ErrorCode());
        Assert.Equal("FORBIDDEN", outside.ErrorCode());
    }
}

internal static class GlobalIds
{
    public static long Decode(this string id) => GlobalId.TryDecode(id, out _, out var n) ? n : throw new ArgumentException(id);
}
