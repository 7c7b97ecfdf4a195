using System.Text.Json;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;
using ResourceHub.Graph.Referrals;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Tests.Referrals;

/// <summary>
/// A referral carries the elder's personal data to the helper's side only under the elder's consent (PIPL's separate
/// consent): what the helper reads before, while and after, through the API.
/// </summary>
public sealed class ReferralConsentApiTests
{
    private const string ReadNeed = """
        query($need: ID!, $elder: ID!, $referral: ID!) {
          need: node(id: $need) { ... on Need { name point { lat } situations } }
          elder: node(id: $elder) { ... on Elder { name address description mobility } }
          referral: node(id: $referral) { ... on Referral { status sharesPersonalData consent { id } } }
        }
        """;

    [Fact]
    public async Task Helper_SeesTheNeedDeIdentified_ThenInPersonWithinTheConsentsScope_UntilTheConsentIsWithdrawn()
    {
        await using var hub = await DemoHub.CreateAsync();
        var (worker, volunteer, need, elder) = Parties(hub.Snapshot);
        var sender = new Caller { Subject = "test:worker", Roles = Roles.SocialWorker, AreaCodes = ["430112001"], NodeId = worker };
        var helper = Callers.Volunteer(volunteer);
        var consent = await CreateConsentAsync(hub, elder, recipient: GlobalId.Encode(NodeKind.Volunteer, volunteer), sender);
        var referral = await CreateReferralAsync(hub, worker, volunteer, need, consent, sender);
        await StepAsync(hub, "sendReferral", referral, sender);
        var needRecord = hub.Snapshot.Node<Need>(need)!;
        var elderRecord = hub.Snapshot.Node<Elder>(elder)!;
        var ids = new { need = GlobalId.Encode(NodeKind.Need, need), elder = GlobalId.Encode(NodeKind.Elder, elder), referral };

        // Sent: the helper weighs the need de-identified — whom it is for, not who it is; the elder is not shown.
        var sent = await hub.RunJsonAsync(ReadNeed, ids, helper);
        Assert.Equal(PublicLabels.NeedTitle(hub.Snapshot, needRecord), sent.Text("data.need.name"));
        Assert.Equal(JsonValueKind.Null, sent.At("data.need.point").ValueKind);
        Assert.Equal(needRecord.Situations.Count, sent.At("data.need.situations").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, sent.At("data.elder").ValueKind);
        Assert.False(sent.At("data.referral.sharesPersonalData").GetBoolean());

        // Accepted under the consent: the need and the elder in person, within the consent's scope (name and address, not notes).
        await StepAsync(hub, "acceptReferral", referral, helper);
        var accepted = await hub.RunJsonAsync(ReadNeed, ids, helper);
        Assert.True(accepted.At("data.referral.sharesPersonalData").GetBoolean());
        Assert.Equal(needRecord.Name, accepted.Text("data.need.name"));
        Assert.Equal(needRecord.Point?.Lat, accepted.At("data.need.point").ValueKind == JsonValueKind.Null ? null : accepted.At("data.need.point.lat").GetDouble());
        Assert.Equal(elderRecord.Name, accepted.Text("data.elder.name"));
        Assert.Equal(elderRecord.Address, accepted.Text("data.elder.address"));
        Assert.NotNull(elderRecord.Description);
        Assert.Equal(JsonValueKind.Null, accepted.At("data.elder.description").ValueKind);
        Assert.Equal(["FORBIDDEN"], accepted.ErrorCodes());
        // What the helper read in person is in the audit log, under the helper's name.
        var log = await hub.RunJsonAsync("{ auditLog(first: 50) { nodes { subject nodeId fields } } }", caller: Callers.Admin);
        Assert.Contains(log.Items("data.auditLog.nodes"), e => e.Text("subject") == helper.Subject && e.Text("nodeId") == ids.elder);

        // Withdrawn: from the next read on, the helper is back to the de-identified need, and the referral says so.
        var withdrawn = await hub.RunJsonAsync(
            "mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { consent { withdrawnAt } userErrors { field code } } }",
            new { input = new { id = consent, version = 1 } }, sender);
        Assert.Empty(withdrawn.At("data.withdrawConsent.userErrors").EnumerateArray());
        var after = await hub.RunJsonAsync(ReadNeed, ids, helper);
        Assert.Equal(PublicLabels.NeedTitle(hub.Snapshot, needRecord), after.Text("data.need.name"));
        Assert.Equal(JsonValueKind.Null, after.At("data.elder").ValueKind);
        Assert.False(after.At("data.referral.sharesPersonalData").GetBoolean());
        Assert.Equal("ACCEPTED", after.Text("data.referral.status"));
    }

    [Fact]
    public async Task Helper_WithoutAConsent_NeverSeesTheElder_EvenOnceAccepted()
    {
        await using var hub = await DemoHub.CreateAsync();
        var (worker, volunteer, need, elder) = Parties(hub.Snapshot);
        var sender = new Caller { Subject = "test:worker", Roles = Roles.SocialWorker, AreaCodes = ["430112001"], NodeId = worker };
        var helper = Callers.Volunteer(volunteer);
        var referral = await CreateReferralAsync(hub, worker, volunteer, need, consent: null, sender);
        await StepAsync(hub, "sendReferral", referral, sender);
        await StepAsync(hub, "acceptReferral", referral, helper);

        var read = await hub.RunJsonAsync(ReadNeed, new { need = GlobalId.Encode(NodeKind.Need, need), elder = GlobalId.Encode(NodeKind.Elder, elder), referral }, helper);

        Assert.Equal(PublicLabels.NeedTitle(hub.Snapshot, hub.Snapshot.Node<Need>(need)!), read.Text("data.need.name"));
        Assert.Equal(JsonValueKind.Null, read.At("data.elder").ValueKind);
        Assert.False(read.At("data.referral.sharesPersonalData").GetBoolean());
    }

    [Fact]
    public async Task Referral_NamingAConsentThatDoesNotCoverIt_IsRefused_WithTheReason()
    {
        await using var hub = await DemoHub.CreateAsync();
        var (worker, volunteer, need, elder) = Parties(hub.Snapshot);
        var sender = new Caller { Subject = "test:worker", Roles = Roles.SocialWorker, AreaCodes = ["430112001"], NodeId = worker };
        var otherElder = hub.Snapshot.Nodes<Elder>().First(e => e.Id != elder && NodeFacets.HomeArea(hub.Snapshot, e.Id)?.Id == NodeFacets.HomeArea(hub.Snapshot, elder)?.Id).Id;
        var ofAnother = await CreateConsentAsync(hub, otherElder, GlobalId.Encode(NodeKind.Volunteer, volunteer), sender);
        var toAnother = await CreateConsentAsync(hub, elder, GlobalId.Encode(NodeKind.SocialWorker, worker), sender);
        var withdrawn = await CreateConsentAsync(hub, elder, null, sender);
        await hub.RunJsonAsync("mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { userErrors { code } } }", new { input = new { id = withdrawn, version = 1 } }, sender);

        foreach (var (consent, says) in new[] { (ofAnother, "not of the elder"), (toAnother, "another recipient"), (withdrawn, "withdrawn") })
        {
            var answer = await hub.RunJsonAsync(CreateReferral, ReferralInput(worker, volunteer, need, consent), sender);
            var error = Assert.Single(answer.Items("data.createReferral.userErrors"));
            Assert.Equal(("consentId", "BAD_USER_INPUT"), (error.Text("field"), error.Text("code")));
            Assert.Contains(says, error.Text("message"), StringComparison.Ordinal);
            Assert.Equal(JsonValueKind.Null, answer.At("data.createReferral.referral").ValueKind);
        }
    }

    [Fact]
    public async Task Consent_IsKeptAsGiven_AndAWithdrawalIsFinal()
    {
        await using var hub = await DemoHub.CreateAsync();
        var (worker, _, _, elder) = Parties(hub.Snapshot);
        var sender = new Caller { Subject = "test:worker", Roles = Roles.SocialWorker, AreaCodes = ["430112001"], NodeId = worker };
        var consent = await CreateConsentAsync(hub, elder, null, sender);

        var widened = await hub.RunJsonAsync("mutation($input: UpdateConsentInput!) { updateConsent(input: $input) { userErrors { field code } } }",
            new { input = new { id = consent, version = 1, scope = new[] { "name", "phone", "health" } } }, sender);
        await hub.RunJsonAsync("mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { userErrors { code } } }", new { input = new { id = consent, version = 1 } }, sender);
        var again = await hub.RunJsonAsync("mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { userErrors { field code } } }",
            new { input = new { id = consent, version = 2 } }, sender);

        Assert.Equal([("purpose", "BAD_USER_INPUT")], widened.At("data.updateConsent").UserErrors());
        Assert.Equal([("withdrawnAt", "BAD_USER_INPUT")], again.At("data.withdrawConsent").UserErrors());
    }

    private const string CreateReferral = "mutation($input: CreateReferralInput!) { createReferral(input: $input) { referral { id } userErrors { field code message } } }";

    private static object ReferralInput(long worker, long volunteer, long need, string? consent) => new
    {
        input = new
        {
            name = "转介：上门服务",
            needId = GlobalId.Encode(NodeKind.Need, need),
            helperId = GlobalId.Encode(NodeKind.Volunteer, volunteer),
            senderId = GlobalId.Encode(NodeKind.SocialWorker, worker),
            consentId = consent,
        },
    };

    private static async Task<string> CreateReferralAsync(DemoHub hub, long worker, long volunteer, long need, string? consent, Caller sender)
    {
        var created = await hub.RunJsonAsync(CreateReferral, ReferralInput(worker, volunteer, need, consent), sender);
        Assert.Empty(created.Items("data.createReferral.userErrors"));
        return created.Text("data.createReferral.referral.id")!;
    }

    private static async Task<string> CreateConsentAsync(DemoHub hub, long elder, string? recipient, Caller by)
    {
        var created = await hub.RunJsonAsync("""
            mutation($input: CreateConsentInput!) { createConsent(input: $input) { consent { id } userErrors { field code message } } }
            """, new { input = new { name = "转介服务知情同意", elderId = GlobalId.Encode(NodeKind.Elder, elder), purpose = "转介服务", scope = new[] { "name", "address" }, recipientId = recipient, givenAt = DateTimeOffset.UtcNow.AddDays(-1) } }, by);
        Assert.Empty(created.Items("data.createConsent.userErrors"));
        return created.Text("data.createConsent.consent.id")!;
    }

    // A step of a referral by its id, at the version it is at, asserted to succeed.
    internal static async Task StepAsync(DemoHub hub, string step, string id, Caller caller)
    {
        var version = (await hub.RunJsonAsync("query($id: ID!) { node(id: $id) { ... on Referral { version } } }", new { id }, Callers.Admin)).At("data.node.version").GetInt32();
        var answer = await hub.RunJsonAsync($"mutation($input: ReferralStepInput!) {{ {step}(input: $input) {{ userErrors {{ field code message }} }} }}", new { input = new { id, version } }, caller);
        Assert.Empty(answer.ErrorCodes());
        Assert.Empty(answer.Items($"data.{step}.userErrors"));
    }

    // The station's first social worker, a volunteer of 月悦社区, and an open need of an elder there that no referral is under way for.
    internal static (long Worker, long Volunteer, long Need, long Elder) Parties(NetworkSnapshot s)
    {
        var station = s.Nodes<Organization>().Where(o => o.OrganizationKind == OrganizationKind.SocialWorkStation).MinBy(o => o.Id)!;
        var worker = (long)s.Edges(station.Id, Direction.In, LinkType.StationedAt).OtherIds.ToArray().Min();
        var community = s.Nodes<Area>().Single(a => a.Name == "月悦社区").Id;
        var volunteer = s.Nodes<Volunteer>().Where(v => NodeFacets.HomeArea(s, v.Id)?.Id == community).MinBy(v => v.Id)!.Id;
        var need = s.Nodes<Need>().Where(n => n.Status == NeedStatus.Open && s.NeedOwner(n.Id) is Elder e && NodeFacets.HomeArea(s, e.Id)?.Id == community &&
            !s.ReferencedBy(n.Id).Any(r => s.Node(r) is Referral { Status: var st } && ReferralMachine.IsActive(st))).MinBy(n => n.Id)!;
        return (worker, volunteer, need.Id, s.NeedOwner(need.Id)!.Id);
    }
}
