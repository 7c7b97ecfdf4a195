using ResourceHub.Graph.Model;
using ResourceHub.Schema.Relay;
using Snapshooter.Xunit;

namespace ResourceHub.Schema.Tests.Areas;

public sealed class AreaQueryTests
{
    [Fact]
    public async Task Area_District_AnswersTownshipsCountsAndSocieties()
    {
        var json = await (await DemoHub.Shared).RunIndentedAsync("""
            query DistrictOverview {
              area(code: "430112") {
                name code level kind
                parent { name code }
                counts { kind count }
                societies { community socialOrganization socialWorker volunteer charitableResource complete }
                children { name code kind }
              }
            }
            """);

        Snapshot.Match(json);
    }

    [Fact]
    public async Task Area_Township_AnswersItsCommunitiesWithCoverage()
    {
        var json = await (await DemoHub.Shared).RunIndentedAsync("""
            query Township {
              area(code: "430112001") {
                id name
                children { id name code kind societies { complete } }
              }
            }
            """);

        Snapshot.Match(json);
    }

    [Fact]
    public async Task Area_UnknownCode_IsNull()
    {
        var result = await (await DemoHub.Shared).RunJsonAsync("""{ area(code: "999999") { name } }""");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, result.GetProperty("data").GetProperty("area").ValueKind);
        Assert.False(result.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Area_Counts_AgreeWithTheIndex()
    {
        var district = (await DemoHub.Shared).Snapshot.AreaByCode("430112")!;
        var result = await (await DemoHub.Shared).RunJsonAsync("""{ area(code: "430112") { counts { kind count } } }""");

        var counts = result.GetProperty("data").GetProperty("area").GetProperty("counts").EnumerateArray()
            .ToDictionary(c => c.GetProperty("kind").GetString()!, c => c.GetProperty("count").GetInt32());
        // Every volunteer of the demo lives in 望城区, so the district holds them all.
        Assert.Equal((await DemoHub.Shared).Snapshot.Count(NodeKind.Volunteer), counts["VOLUNTEER"]);
        Assert.Equal((await DemoHub.Shared).Snapshot.Count(NodeKind.Area) - 2, counts["AREA"]);
        Assert.NotNull(district);
    }

    [Fact]
    public async Task Node_Organization_AnswersByGlobalId()
    {
        var university = (await DemoHub.Shared).Snapshot.Nodes<Organization>().Single(o => o.Name == "长沙市快乐老人大学");

        var json = await (await DemoHub.Shared).RunIndentedAsync("""
            query($id: ID!) { node(id: $id) { id ... on Organization { name kind isSocialOrganization services isDemo } } }
            """, new { id = GlobalId.Encode(university) });

        Snapshot.Match(json);
    }

    [Fact]
    public async Task Node_GlobalIdOfOtherKind_IsNull()
    {
        var area = (await DemoHub.Shared).Snapshot.AreaByCode("430112")!;
        var forged = GlobalId.Encode(NodeKind.Volunteer, area.Id);

        var result = await (await DemoHub.Shared).RunJsonAsync("query($id: ID!) { node(id: $id) { id } }",
            new { id = forged });

        Assert.Equal(System.Text.Json.JsonValueKind.Null, result.GetProperty("data").GetProperty("node").ValueKind);
    }
}
