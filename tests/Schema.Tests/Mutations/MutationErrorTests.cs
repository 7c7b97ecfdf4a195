using System.Text.Json;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Tests.Mutations;

/// <summary>Each mutation of a document commits on its own and reports its own result, in the API's own words.</summary>
public sealed class MutationErrorTests(DemoHubFixture fixture) : IClassFixture<DemoHubFixture>
{
    private DemoHub Hub => fixture.Hub;

    [Fact]
    public async Task Document_OneStaleUpdateAmongOthers_TheOthersCommitAndReportTheirResults()
    {
        var (a, va) = await NewNodes.VolunteerAsync(Hub, "甲");
        var (b, vb) = await NewNodes.VolunteerAsync(Hub, "乙");
        var before = await NetworkTotals.ReadAsync(Hub);

        var result = await Hub.RunJsonAsync("""
            mutation($a: ID!, $va: Int!, $b: ID!, $stale: Int!) {
              first: updateVolunteer(input: {id: $a, version: $va, maxTravelKm: 4}) { volunteer { id version } userErrors { field code } }
              stale: updateVolunteer(input: {id: $b, version: $stale, maxTravelKm: 4}) { volunteer { id } userErrors { field code } }
              third: createVolunteer(input: {name: "丙", volunteerNumber: "MULTI00003", category: RESIDENT}) { volunteer { id } userErrors { field code } }
            }
            """, new { a, va, b, stale = vb + 5 });

        Assert.Empty(result.ErrorCodes());
        Assert.Equal(va + 1, result.At("data.first.volunteer.version").GetInt32());
        Assert.Equal([("version", "CONFLICT")], result.At("data.stale").UserErrors());
        Assert.Equal(JsonValueKind.Null, result.At("data.stale.volunteer").ValueKind);
        Assert.False(string.IsNullOrEmpty(result.Text("data.third.volunteer.id")));
        Assert.Equal(before.Sequence + 2, (await NetworkTotals.ReadAsync(Hub)).Sequence);
    }

    [Fact]
    public async Task Document_OneMutationForbiddenToTheCaller_IsNullWithItsOwnError_AndTheOthersStand()
    {
        var s = Hub.Snapshot;
        var elsewhere = s.Nodes<Elder>().First(e => NodeFacets.HomeArea(s, e.Id)?.Code.StartsWith("430112002", StringComparison.Ordinal) == true);
        var mine = s.Nodes<Elder>().First(e => NodeFacets.HomeArea(s, e.Id)?.Code.StartsWith("430112001", StringComparison.Ordinal) == true);

        var result = await Hub.RunJsonAsync("""
            mutation($other: ID!, $ov: Int!, $mine: ID!, $mv: Int!) {
              theirs: updateElder(input: {id: $other, version: $ov, healthNotes: "改"}) { elder { id } userErrors { code } }
              mine: updateElder(input: {id: $mine, version: $mv, healthNotes: "复诊提醒"}) { elder { healthNotes } userErrors { code } }
            }
            """, new { other = GlobalId.Encode(elsewhere), ov = elsewhere.Version, mine = GlobalId.Encode(mine), mv = mine.Version }, Callers.SocialWorker("430112001"));

        Assert.Equal(JsonValueKind.Null, result.At("data.theirs").ValueKind);
        Assert.Equal("复诊提醒", result.Text("data.mine.elder.healthNotes"));
        var error = Assert.Single(result.Items("errors"));
        Assert.Equal("theirs", error.At("path.0").GetString());
        Assert.Equal("FORBIDDEN", error.Text("extensions.code"));
    }

    [Fact]
    public async Task Create_ReplayedAfterItsNodeWasDeleted_SaysSo()
    {
        const string Create = """
            mutation($input: CreateVolunteerInput!) { createVolunteer(input: $input) { volunteer { id version } userErrors { field message code } } }
            """;
        var input = new { clientMutationId = "replay-deleted-1", name = "重放", volunteerNumber = "REPLAY0001", category = "RESIDENT" };
        var first = await Hub.RunJsonAsync(Create, new { input });
        await Hub.RunJsonAsync("mutation($input: DeleteInput!) { deleteVolunteer(input: $input) { deletedId } }",
            new { input = new { id = first.Text("data.createVolunteer.volunteer.id"), version = first.At("data.createVolunteer.volunteer.version").GetInt32() } });

        var replay = await Hub.RunJsonAsync(Create, new { input });

        Assert.Equal([("clientMutationId", "NOT_FOUND")], replay.At("data.createVolunteer").UserErrors());
        Assert.Contains(first.Text("data.createVolunteer.volunteer.id")!, replay.Text("data.createVolunteer.userErrors.0.message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_OfATypeThatCannotJoinTheKinds_NamesTheTypeAsTheSchemaDoes()
    {
        var result = await Hub.RunJsonAsync("""
            mutation($input: LinkInput!) { link(input: $input) { link { id } userErrors { field message code } } }
            """, new { input = new { type = "MEMBER_OF", fromId = DemoNodes.Township(Hub.Snapshot), toId = DemoNodes.Station(Hub.Snapshot) } });

        var message = result.Text("data.link.userErrors.0.message")!;
        Assert.StartsWith("MEMBER_OF cannot join Area → Organization", message, StringComparison.Ordinal);
        Assert.DoesNotContain("MemberOf", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_Duplicate_NamesBothEndsByGlobalId()
    {
        var s = Hub.Snapshot;
        var station = DemoNodes.Station(s);
        var township = DemoNodes.Township(s);

        var result = await Hub.RunJsonAsync("""
            mutation($input: LinkInput!) { link(input: $input) { userErrors { field message code } } }
            """, new { input = new { type = "SERVES", fromId = station, toId = township } });

        Assert.Equal($"Organization '{station}' already has a SERVES link to Area '{township}'", result.Text("data.link.userErrors.0.message"));
    }
}
