using System.Text.Json;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Tests.Referrals;

/// <summary>The elder's side rates the help of a completed referral, once, and the rating counts in the helper's track record.</summary>
public sealed class ReferralFeedbackApiTests
{
    private const string Rate = "mutation($input: RateReferralInput!) { rateReferral(input: $input) { referral { rating ratingComment ratedAt version } userErrors { field code message } } }";

    [Fact]
    public async Task Rating_ByTheElderSide_OnceCompleted_IsKept_AndRaisesTheHelpersTrackRecord()
    {
        await using var hub = await DemoHub.CreateAsync();
        var (worker, volunteer, need, _) = ReferralConsentApiTests.Parties(hub.Snapshot);
        var sender = new Caller { Subject = "test:worker", Roles = Roles.SocialWorker, AreaCodes = ["430112001"], NodeId = worker };
        var helper = Callers.Volunteer(volunteer);
        var id = await CreateDraftAsync(hub, worker, volunteer, need, sender);
        foreach (var (step, by) in new[] { ("sendReferral", sender), ("acceptReferral", helper), ("startReferral", helper) }) await ReferralConsentApiTests.StepAsync(hub, step, id, by);
        var early = await hub.RunJsonAsync(Rate, new { input = new { id, version = 4, rating = 5 } }, sender);
        Assert.Equal([("rating", "BAD_USER_INPUT")], early.At("data.rateReferral").UserErrors());
        var done = await hub.RunJsonAsync("mutation($input: CompleteReferralInput!) { completeReferral(input: $input) { userErrors { code } } }",
            new { input = new { id, version = 4, outcome = "GOT_HELP" } }, helper);
        Assert.Empty(done.Items("data.completeReferral.userErrors"));
        var before = await TrackRecordAsync(hub, volunteer);

        var bySelf = await hub.RunJsonAsync(Rate, new { input = new { id, version = 5, rating = 5 } }, helper);
        var outOfRange = await hub.RunJsonAsync(Rate, new { input = new { id, version = 5, rating = 6 } }, sender);
        var rated = await hub.RunJsonAsync(Rate, new { input = new { id, version = 5, rating = 5, comment = "  演出很精彩，老人很开心  " } }, sender);
        var again = await hub.RunJsonAsync(Rate, new { input = new { id, version = 6, rating = 1 } }, sender);

        Assert.Equal("FORBIDDEN", bySelf.ErrorCode());
        Assert.Equal([("rating", "BAD_USER_INPUT")], outOfRange.At("data.rateReferral").UserErrors());
        Assert.Empty(rated.Items("data.rateReferral.userErrors"));
        Assert.Equal((5, "演出很精彩，老人很开心"), (rated.At("data.rateReferral.referral.rating").GetInt32(), rated.Text("data.rateReferral.referral.ratingComment")));
        Assert.Equal(JsonValueKind.String, rated.At("data.rateReferral.referral.ratedAt").ValueKind);
        Assert.Equal([("rating", "BAD_USER_INPUT")], again.At("data.rateReferral").UserErrors());
        // The helper sees the stars; the comment, which may tell of the elder, is for those who serve the elder.
        var seen = await hub.RunJsonAsync("query($id: ID!) { node(id: $id) { ... on Referral { rating ratingComment } } }", new { id }, helper);
        Assert.Equal(5, seen.At("data.node.rating").GetInt32());
        Assert.Equal(JsonValueKind.Null, seen.At("data.node.ratingComment").ValueKind);
        // Help given counted before; five stars count now, as one more good mark.
        var after = await TrackRecordAsync(hub, volunteer);
        Assert.True(after > before, $"track record {before} → {after}");
    }

    // The volunteer's track record as whoCanHelp scores it for an ad-hoc ask it meets.
    private static async Task<double> TrackRecordAsync(DemoHub hub, long volunteer)
    {
        var v = hub.Snapshot.Node<Volunteer>(volunteer)!;
        var answer = await hub.RunJsonAsync("""
            query($need: NeedInput!) { whoCanHelp(need: $need, first: 100) { helper { id } scoreParts { trackRecord } } }
            """, new { need = new { categories = new[] { v.Skills[0] }, mode = "VENUE", areaCode = "430112001002" } }, Callers.Admin);
        return answer.Items("data.whoCanHelp").Single(m => m.Text("helper.id") == GlobalId.Encode(NodeKind.Volunteer, volunteer)).At("scoreParts.trackRecord").GetDouble();
    }

    private static async Task<string> CreateDraftAsync(DemoHub hub, long worker, long volunteer, long need, Caller sender)
    {
        var created = await hub.RunJsonAsync(
            "mutation($input: CreateReferralInput!) { createReferral(input: $input) { referral { id } userErrors { field code } } }",
            new { input = new { name = "转介：上门服务", needId = GlobalId.Encode(NodeKind.Need, need), helperId = GlobalId.Encode(NodeKind.Volunteer, volunteer), senderId = GlobalId.Encode(NodeKind.SocialWorker, worker) } },
            sender);
        return created.Text("data.createReferral.referral.id")!;
    }
}
