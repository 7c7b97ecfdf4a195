namespace ResourceHub.Schema.Tests.Matching;

public sealed class MatchingQueryTests
{
    [Theory]
    [InlineData("whomCanIHelp(helperId: $id) { need { id } }")]
    [InlineData("whyNot(needId: \"TmVlZDoxOTYy\", helperId: $id) { qualifies }")]
    public async Task HelperId_WhoseKindIsNotTheNodesKind_IsNotFound(string field)
    {
        var hub = await DemoHub.Shared;
        // An organization's id that numbers an elder: no helper, whatever it claims.
        var elder = hub.Snapshot.Nodes<Graph.Model.Elder>().First().Id;
        var id = ResourceHub.Schema.Relay.GlobalId.Encode(Graph.Model.NodeKind.Organization, elder);

        var result = await hub.RunJsonAsync($"query($id: ID!) {{ {field} }}", new { id }, Callers.Admin);

        Assert.Equal("NOT_FOUND", result.ErrorCode());
    }

    [Fact]
    public async Task WhoCanHelp_ReadmeNeed_GivesTheReadmeAnswerToTheSocialWorkerOfItsTownship()
    {
        var hub = await DemoHub.Shared;

        var result = await hub.RunJsonAsync("""
            { whoCanHelp(needId: "TmVlZDoxOTYy", first: 3) {
                score reach
                helper { ... on Organization { name } ... on Volunteer { name } }
                path { via node { id } } } }
            """, caller: Callers.SocialWorker("430112001"));

        var answers = result.Items("data.whoCanHelp");
        Assert.Equal(3, answers.Count);
        Assert.Equal("新康社区花鼓戏队", answers[0].At("helper").GetProperty("name").GetString());
        Assert.Equal(0.757, answers[0].GetProperty("score").GetDouble(), 3);
        Assert.Equal("SERVES_AREA", answers[0].GetProperty("reach").GetString());
        Assert.Equal("TmVlZDoxOTYy", answers[0].Items("path")[0].At("node").GetProperty("id").GetString());
    }

    [Fact]
    public async Task WhoCanHelp_ReadmeNeedAskedAnonymously_FindsNoHelperThatServesOnlyTheElderHiddenSituation()
    {
        var hub = await DemoHub.Shared;
        var s = hub.Snapshot;

        var result = await hub.RunJsonAsync("""{ whoCanHelp(needId: "TmVlZDoxOTYy", first: 100) { helper { id } } }""");

        var helpers = result.Items("data.whoCanHelp").Select(h => { ResourceHub.Schema.Relay.GlobalId.TryDecode(h.Text("helper.id"), out _, out var id); return s.Node(id)!; }).ToList();
        Assert.NotEmpty(helpers);
        Assert.DoesNotContain("新康社区花鼓戏队", helpers.Select(h => h.Name));
        Assert.All(helpers, h => Assert.Empty(Graph.Query.NodeFacets.Situations(h)));
    }

    [Theory]
    [InlineData("not-an-id", "needId: 'not-an-id' is not a global id of this hub")]
    [InlineData("QXJlYToyMg", "needId: must be the id of a Need, not of a Area")]
    public async Task WhoCanHelp_BadNeedId_IsBadUserInputNamingTheArgument(string needId, string message)
    {
        var hub = await DemoHub.Shared;

        var result = await hub.RunJsonAsync("query($id: ID!) { whoCanHelp(needId: $id) { score } }", new { id = needId });

        Assert.Equal(["BAD_USER_INPUT"], result.ErrorCodes());
        Assert.Equal([message], result.ErrorMessages());
    }
}
