using ResourceHub.Graph.Access;

namespace ResourceHub.Schema.Tests.Referrals;

/// <summary>The README's worked example, run on a fresh hub: the answers it shows are the hub's.</summary>
public sealed class ReadmeWorkedExampleTests
{
    [Fact]
    public async Task NeedPostedMatchedReferredAcceptedCompletedAndRated_AnswersAsTheReadmeSays()
    {
        await using var hub = await DemoHub.CreateAsync();
        var worker = new Caller { Subject = "dev:worker", Roles = Roles.SocialWorker, StationIds = [140], NodeId = 562 };
        var volunteer = new Caller { Subject = "dev:volunteer", Roles = Roles.Volunteer, NodeId = 711 };

        var need = await hub.RunJsonAsync("""
            mutation { createNeed(input: {name: "贺某红探访陪伴（每周三下午）", categories: ["companionship.visit"], mode: HOME, helpersWanted: 1,
              window: {from: "2026-12-02", to: "2027-02-24", weekly: "Wed 14-16"}, ownerId: "RWxkZXI6MTUzMg"}) { need { id status } userErrors { code } } }
            """, caller: worker);
        Assert.Equal(("TmVlZDoyNDI5", "OPEN"), (need.Text("data.createNeed.need.id"), need.Text("data.createNeed.need.status")));

        var who = await hub.RunJsonAsync("""{ whoCanHelp(needId: "TmVlZDoyNDI5", first: 3) { score distanceKm helper { ... on Volunteer { name } ... on Organization { name } } } }""", caller: worker);
        Assert.Equal(["月悦社区社会工作室", "吴某强", "高塘岭街道社工站"], who.Items("data.whoCanHelp").Select(m => m.Text("helper.name")));
        Assert.Equal([0.946, 0.945, 0.887], who.Items("data.whoCanHelp").Select(m => Math.Round(m.At("score").GetDouble(), 3)));

        var consent = await hub.RunJsonAsync("""
            mutation { createConsent(input: {name: "转介服务知情同意", elderId: "RWxkZXI6MTUzMg", purpose: "转介探访陪伴服务", scope: ["name", "address"],
              recipientId: "Vm9sdW50ZWVyOjcxMQ", givenAt: "2026-12-01T10:00:00+08:00"}) { consent { id } } }
            """, caller: worker);
        Assert.Equal("Q29uc2VudDoyNDMw", consent.Text("data.createConsent.consent.id"));
        var referral = await hub.RunJsonAsync("""
            mutation { createReferral(input: {name: "转介：探访陪伴", needId: "TmVlZDoyNDI5", helperId: "Vm9sdW50ZWVyOjcxMQ",
              senderId: "U29jaWFsV29ya2VyOjU2Mg", consentId: "Q29uc2VudDoyNDMw"}) { referral { id status } } }
            """, caller: worker);
        Assert.Equal(("UmVmZXJyYWw6MjQzMQ", "DRAFT"), (referral.Text("data.createReferral.referral.id"), referral.Text("data.createReferral.referral.status")));
        Assert.Equal("SENT", (await hub.RunJsonAsync("""mutation { sendReferral(input: {id: "UmVmZXJyYWw6MjQzMQ", version: 1}) { referral { status } } }""", caller: worker))
            .Text("data.sendReferral.referral.status"));
        var sent = await hub.RunJsonAsync("""{ need: node(id: "TmVlZDoyNDI5") { ... on Need { name } } elder: node(id: "RWxkZXI6MTUzMg") { id } }""", caller: volunteer);
        Assert.Equal("探访（月悦社区）", sent.Text("data.need.name"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, sent.At("data.elder").ValueKind);

        var accepted = await hub.RunJsonAsync("""mutation { acceptReferral(input: {id: "UmVmZXJyYWw6MjQzMQ", version: 2}) { referral { status sharesPersonalData } } }""", caller: volunteer);
        Assert.True(accepted.At("data.acceptReferral.referral.sharesPersonalData").GetBoolean());
        var inPerson = await hub.RunJsonAsync("""{ need: node(id: "TmVlZDoyNDI5") { ... on Need { name } } elder: node(id: "RWxkZXI6MTUzMg") { ... on Elder { name address phone } } }""", caller: volunteer);
        Assert.Equal(("贺某红探访陪伴（每周三下午）", "贺某红", "示例地址"), (inPerson.Text("data.need.name"), inPerson.Text("data.elder.name"), inPerson.Text("data.elder.address")));
        Assert.Equal(["FORBIDDEN"], inPerson.ErrorCodes());

        await hub.RunJsonAsync("""mutation { startReferral(input: {id: "UmVmZXJyYWw6MjQzMQ", version: 3}) { referral { status } } }""", caller: volunteer);
        var completed = await hub.RunJsonAsync("""
            mutation { completeReferral(input: {id: "UmVmZXJyYWw6MjQzMQ", version: 4, outcome: GOT_HELP, hours: 1.5, date: "2026-12-02"}) {
              referral { status outcome history { from to by { id } } } userErrors { code } } }
            """, caller: volunteer);
        Assert.Equal(("COMPLETED", "GOT_HELP"), (completed.Text("data.completeReferral.referral.status"), completed.Text("data.completeReferral.referral.outcome")));
        Assert.Equal(["U29jaWFsV29ya2VyOjU2Mg", "Vm9sdW50ZWVyOjcxMQ", "Vm9sdW50ZWVyOjcxMQ", "Vm9sdW50ZWVyOjcxMQ"],
            completed.Items("data.completeReferral.referral.history").Select(h => h.Text("by.id")));
        var statement = await hub.RunJsonAsync("""{ timeBankStatement(accountId: "Vm9sdW50ZWVyOjcxMQ") { balance entries(first: 3) { kind credits date } } }""", caller: volunteer);
        Assert.Equal(1.5m, statement.At("data.timeBankStatement.balance").GetDecimal());
        Assert.Equal(("EARN", 1.5m, "2026-12-02"), (statement.Text("data.timeBankStatement.entries.0.kind"), statement.At("data.timeBankStatement.entries.0.credits").GetDecimal(),
            statement.Text("data.timeBankStatement.entries.0.date")));

        const string Track = """{ whoCanHelp(need: {categories: ["companionship.visit"], areaCode: "430112001002", mode: HOME}, first: 10) { helper { id } scoreParts { trackRecord } } }""";
        var rated = await hub.RunJsonAsync("""mutation { rateReferral(input: {id: "UmVmZXJyYWw6MjQzMQ", version: 5, rating: 5, comment: "吴师傅很耐心，老人盼着每周三"}) { referral { rating } } }""", caller: worker);
        Assert.Equal(5, rated.At("data.rateReferral.referral.rating").GetInt32());
        var track = await hub.RunJsonAsync(Track, caller: worker);
        Assert.Equal(0.75, track.Items("data.whoCanHelp").Single(m => m.Text("helper.id") == "Vm9sdW50ZWVyOjcxMQ").At("scoreParts.trackRecord").GetDouble());
    }
}
