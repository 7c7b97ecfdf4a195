using System.Text.Json;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Tests.Referrals;

/// <summary>A referral followed to the end through the API, each step by the side whose step it is.</summary>
public sealed class ReferralLifecycleApiTests
{
    private const string Step = "mutation($input: ReferralStepInput!) { STEP(input: $input) { referral { status version } userErrors { field code } } }";
    private const string Read = "query($id: ID!) { node(id: $id) { ... on Referral { status outcome sentAt answeredAt closedAt need { id } helper { id } sender { id } history { from to by { id } reason } } } }";

    [Fact]
    public async Task Referral_CreatedSentAcceptedStartedCompleted_EachByItsSide_KeepsEveryStep()
    {
        await using var hub = await DemoHub.CreateAsync();
        var (worker, volunteer, need) = Parties(hub);
        var sender = new Caller { Subject = "test:worker", Roles = Roles.SocialWorker, AreaCodes = ["430112001"], NodeId = worker };
        var helper = new Caller { Subject = "test:volunteer", Roles = Roles.Volunteer, NodeId = volunteer };

        var id = await CreateDraftAsync(hub, worker, volunteer, need, sender);
        Assert.Equal(("DRAFT", 1), await StatusAsync(hub, id));

        Assert.Equal(("SENT", 2), await StepAsync(hub, "sendReferral", id, 1, sender));
        Assert.Equal(("ACCEPTED", 3), await StepAsync(hub, "acceptReferral", id, 2, helper));
        Assert.Equal(("IN_PROGRESS", 4), await StepAsync(hub, "startReferral", id, 3, helper));
        var completed = await hub.RunJsonAsync(
            "mutation($input: CompleteReferralInput!) { completeReferral(input: $input) { referral { status outcome } userErrors { field code } } }",
            new { input = new { id, version = 4, outcome = "GOT_HELP", reason = "已上门演出两次" } }, helper);
        Assert.Equal("COMPLETED", completed.GetProperty("data").GetProperty("completeReferral").GetProperty("referral").GetProperty("status").GetString());

        var seen = (await hub.RunJsonAsync(Read, new { id }, sender)).GetProperty("data").GetProperty("node");
        Assert.Equal("GOT_HELP", seen.GetProperty("outcome").GetString());
        Assert.Equal(
            [("DRAFT", "SENT"), ("SENT", "ACCEPTED"), ("ACCEPTED", "IN_PROGRESS"), ("IN_PROGRESS", "COMPLETED")],
            seen.GetProperty("history").EnumerateArray().Select(h => (h.GetProperty("from").GetString(), h.GetProperty("to").GetString())));
        var by = seen.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("by").ValueKind == JsonValueKind.Null ? null : h.GetProperty("by").GetProperty("id").GetString()).ToList();
        Assert.Equal([GlobalId.Encode(NodeKind.SocialWorker, worker), GlobalId.Encode(NodeKind.Volunteer, volunteer)], by.Distinct());
        Assert.Equal("已上门演出两次", seen.GetProperty("history")[3].GetProperty("reason").GetString());
        Assert.All((string[])["sentAt", "answeredAt", "closedAt"], f => Assert.Equal(JsonValueKind.String, seen.GetProperty(f).ValueKind));
        Assert.Equal(GlobalId.Encode(NodeKind.Need, need), seen.GetProperty("need").GetProperty("id").GetString());

        // The helper sees the steps but not their reasons, which tell of the elder.
        var asHelper = (await hub.RunJsonAsync(Read, new { id }, helper)).GetProperty("data").GetProperty("node");
        Assert.Equal(4, asHelper.GetProperty("history").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, asHelper.GetProperty("history")[3].GetProperty("reason").ValueKind);
    }

    [Fact]
    public async Task Step_OfTheOtherSide_IsForbidden_AndFromTheWrongStatus_IsAnInvalidTransition()
    {
        await using var hub = await DemoHub.CreateAsync();
        var (worker, volunteer, need) = Parties(hub);
        var sender = new Caller { Subject = "test:worker", Roles = Roles.SocialWorker, AreaCodes = ["430112001"], NodeId = worker };
        var helper = new Caller { Subject = "test:volunteer", Roles = Roles.Volunteer, NodeId = volunteer };
        var id = await CreateDraftAsync(hub, worker, volunteer, need, sender);

        var helperSends = await hub.RunJsonAsync(Step.Replace("STEP", "sendReferral", StringComparison.Ordinal), new { input = new { id, version = 1 } }, helper);
        var senderAccepts = await hub.RunJsonAsync(Step.Replace("STEP", "acceptReferral", StringComparison.Ordinal), new { input = new { id, version = 1 } }, sender);
        var startsADraft = await hub.RunJsonAsync(Step.Replace("STEP", "startReferral", StringComparison.Ordinal), new { input = new { id, version = 1 } }, helper);

        Assert.Equal("FORBIDDEN", helperSends.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("FORBIDDEN", senderAccepts.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var error = startsADraft.GetProperty("data").GetProperty("startReferral").GetProperty("userErrors")[0];
        Assert.Equal(("id", "INVALID_TRANSITION"), (error.GetProperty("field").GetString(), error.GetProperty("code").GetString()));
        Assert.Equal(("DRAFT", 1), await StatusAsync(hub, id));
    }

    [Fact]
    public async Task Step_SentAgainUnderItsClientMutationId_AnswersAsTheFirstTime_AndWritesNothing()
    {
        await using var hub = await DemoHub.CreateAsync();
        var (worker, volunteer, need) = Parties(hub);
        var sender = new Caller { Subject = "test:worker", Roles = Roles.SocialWorker, AreaCodes = ["430112001"], NodeId = worker };
        var id = await CreateDraftAsync(hub, worker, volunteer, need, sender);
        const string Send = "mutation($input: ReferralStepInput!) { sendReferral(input: $input) { clientMutationId referral { status version } userErrors { code } } }";
        var input = new { input = new { id, version = 1, clientMutationId = "send-1" } };

        var first = await hub.RunAsync(Send, input, sender);
        var again = await hub.RunAsync(Send, input, sender);

        Assert.Contains("\"status\":\"SENT\",\"version\":2", first, StringComparison.Ordinal);
        Assert.Equal(first, again);
        Assert.Equal(("SENT", 2), await StatusAsync(hub, id));
    }

    [Fact]
    public async Task UpdateReferral_HasNoStatus_SoNoUpdateSetsOne()
    {
        var hub = await DemoHub.Shared;

        var answer = await hub.RunJsonAsync("mutation { updateReferral(input: {id: \"x\", version: 1, status: COMPLETED}) { referral { id } } }");

        Assert.Contains("status", answer.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    // A draft referral of the need to the volunteer, sent by the social worker, created as the social worker.
    private static async Task<string> CreateDraftAsync(DemoHub hub, long worker, long volunteer, long need, Caller sender)
    {
        var created = await hub.RunJsonAsync(
            "mutation($input: CreateReferralInput!) { createReferral(input: $input) { referral { id } userErrors { field code } } }",
            new { input = new { name = "转介：送节目上门", needId = GlobalId.Encode(NodeKind.Need, need), helperId = GlobalId.Encode(NodeKind.Volunteer, volunteer), senderId = GlobalId.Encode(NodeKind.SocialWorker, worker) } },
            sender);
        return created.GetProperty("data").GetProperty("createReferral").GetProperty("referral").GetProperty("id").GetString()!;
    }

    private static async Task<(string Status, int Version)> StepAsync(DemoHub hub, string step, string id, int version, Caller caller)
    {
        var answer = await hub.RunJsonAsync(Step.Replace("STEP", step, StringComparison.Ordinal), new { input = new { id, version } }, caller);
        var payload = answer.GetProperty("data").GetProperty(step);
        Assert.Equal(0, payload.GetProperty("userErrors").GetArrayLength());
        var referral = payload.GetProperty("referral");
        return (referral.GetProperty("status").GetString()!, referral.GetProperty("version").GetInt32());
    }

    private static async Task<(string, int)> StatusAsync(DemoHub hub, string id)
    {
        var node = (await hub.RunJsonAsync("query($id: ID!) { node(id: $id) { ... on Referral { status version } } }", new { id }, Callers.Admin)).GetProperty("data").GetProperty("node");
        return (node.GetProperty("status").GetString()!, node.GetProperty("version").GetInt32());
    }

    // The station's first social worker, a volunteer of 月悦社区 and an open need of that community.
    private static (long Worker, long Volunteer, long Need) Parties(DemoHub hub)
    {
        var s = hub.Snapshot;
        var station = s.Nodes<Organization>().Where(o => o.OrganizationKind == OrganizationKind.SocialWorkStation).MinBy(o => o.Id)!;
        var worker = Ends(s, station.Id, LinkType.StationedAt).Min();
        var community = s.Nodes<Area>().Single(a => a.Name == "月悦社区").Id;
        var located = Ends(s, community, LinkType.LocatedIn).Select(s.Node).ToList();
        var volunteer = located.OfType<Volunteer>().MinBy(v => v.Id)!.Id;
        var need = located.OfType<Need>().Where(n => n.Status == NeedStatus.Open).MinBy(n => n.Id)!.Id;
        return (worker, volunteer, need);
    }

    private static List<long> Ends(Graph.Index.NetworkSnapshot s, long id, LinkType type)
    {
        var ends = new List<long>();
        foreach (var e in s.Edges(id, Direction.In, type)) ends.Add(e.OtherId);
        return ends;
    }
}
