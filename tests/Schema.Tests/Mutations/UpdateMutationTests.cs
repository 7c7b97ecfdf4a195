using System.Text.Json;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Tests.Mutations;

public sealed class UpdateMutationTests(DemoHubFixture fixture) : IClassFixture<DemoHubFixture>
{
    private const string UpdateVolunteer = """
        mutation($input: UpdateVolunteerInput!) {
          updateVolunteer(input: $input) {
            volunteer { id version name description volunteerNumber category skills situations availability maxTravelKm capacity area { code } }
            userErrors { field message code }
          }
        }
        """;

    private DemoHub Hub => fixture.Hub;

    [Fact]
    public async Task UpdateVolunteer_OneField_ChangesOnlyThatFieldAndRaisesTheVersion()
    {
        var (id, version) = await NewNodes.VolunteerAsync(Hub, "更新前");
        var before = await Read(id);

        var result = await Hub.RunJsonAsync(UpdateVolunteer, new { input = new { id, version, maxTravelKm = 8.0 } });

        var after = result.At("data.updateVolunteer.volunteer");
        Assert.Empty(result.Items("data.updateVolunteer.userErrors"));
        Assert.Equal(version + 1, after.At("version").GetInt32());
        Assert.Equal(8.0, after.At("maxTravelKm").GetDouble());
        foreach (var field in new[] { "name", "description", "volunteerNumber", "category", "availability", "capacity", "skills", "situations", "area" })
            Assert.Equal(before.At(field).GetRawText(), after.At(field).GetRawText());
    }

    [Fact]
    public async Task UpdateVolunteer_SeveralFields_ChangesThemAll()
    {
        var (id, version) = await NewNodes.VolunteerAsync(Hub, "多字段");

        var result = await Hub.RunJsonAsync(UpdateVolunteer, new { input = new { id, version, name = "多字段已改", skills = new[] { "culture.opera" }, availability = "Sat 08-12" } });

        var after = result.At("data.updateVolunteer.volunteer");
        Assert.Equal("多字段已改", after.Text("name"));
        Assert.Equal(["culture.opera"], after.Items("skills").Select(s => s.GetString()));
        Assert.Equal("Sat 08-12", after.Text("availability"));
    }

    [Fact]
    public async Task UpdateVolunteer_OptionalFieldSetToNull_ClearsIt()
    {
        var (id, version) = await NewNodes.VolunteerAsync(Hub, "清空描述");
        var described = await Hub.RunJsonAsync(UpdateVolunteer, new { input = new { id, version, description = "会唱花鼓戏" } });
        Assert.Equal("会唱花鼓戏", described.Text("data.updateVolunteer.volunteer.description"));

        var result = await Hub.RunJsonAsync(UpdateVolunteer, new { input = new { id, version = version + 1, description = (string?)null } });

        Assert.Equal(JsonValueKind.Null, result.At("data.updateVolunteer.volunteer.description").ValueKind);
    }

    [Fact]
    public async Task UpdateVolunteer_AreaId_MovesTheHomeArea()
    {
        var (id, version) = await NewNodes.VolunteerAsync(Hub, "搬家");
        var totals = await NetworkTotals.ReadAsync(Hub);

        var result = await Hub.RunJsonAsync(UpdateVolunteer, new { input = new { id, version, areaId = DemoNodes.OtherCommunity(Hub.Snapshot) } });

        Assert.Equal("430112001002", result.Text("data.updateVolunteer.volunteer.area.code"));
        Assert.Equal(totals.Links, (await NetworkTotals.ReadAsync(Hub)).Links);
    }

    [Fact]
    public async Task UpdateVolunteer_AreaIdNull_RemovesTheHomeArea()
    {
        var (id, version) = await NewNodes.VolunteerAsync(Hub, "无住址");
        var totals = await NetworkTotals.ReadAsync(Hub);

        var result = await Hub.RunJsonAsync(UpdateVolunteer, new { input = new { id, version, areaId = (string?)null } });

        Assert.Equal(JsonValueKind.Null, result.At("data.updateVolunteer.volunteer.area").ValueKind);
        Assert.Equal(totals.Links - 1, (await NetworkTotals.ReadAsync(Hub)).Links);
    }

    [Fact]
    public async Task UpdateVolunteer_StaleVersion_IsConflictAndWritesNothing()
    {
        var (id, version) = await NewNodes.VolunteerAsync(Hub, "并发");
        await Hub.RunJsonAsync(UpdateVolunteer, new { input = new { id, version, name = "并发甲" } });
        var totals = await NetworkTotals.ReadAsync(Hub);

        var result = await Hub.RunJsonAsync(UpdateVolunteer, new { input = new { id, version, name = "并发乙" } });

        Assert.Equal([("version", HubErrorCodes.Conflict)], result.At("data.updateVolunteer").UserErrors());
        Assert.Empty(result.ErrorCodes());
        Assert.Equal(totals, await NetworkTotals.ReadAsync(Hub));
        Assert.Equal("并发甲", (await Read(id)).Text("name"));
    }

    [Fact]
    public async Task UpdateVolunteer_NodeThatDoesNotExist_IsNotFound()
    {
        var result = await Hub.RunJsonAsync(UpdateVolunteer, new { input = new { id = GlobalId.Encode(NodeKind.Volunteer, 987654), version = 1, name = "不存在" } });

        Assert.Equal([("id", HubErrorCodes.NotFound)], result.At("data.updateVolunteer").UserErrors());
    }

    [Theory]
    [InlineData("not-an-id")]
    [InlineData("")]
    [InlineData("Vm9sdW50ZWVyOi0x")]
    public async Task UpdateVolunteer_MalformedId_IsBadUserInput(string id)
    {
        var result = await Hub.RunJsonAsync(UpdateVolunteer, new { input = new { id, version = 1, name = "坏标识" } });

        Assert.Equal([("id", HubErrorCodes.BadUserInput)], result.At("data.updateVolunteer").UserErrors());
    }

    [Fact]
    public async Task UpdateVolunteer_IdOfAnOrganization_IsBadUserInput()
    {
        var result = await Hub.RunJsonAsync(UpdateVolunteer, new { input = new { id = DemoNodes.Station(Hub.Snapshot), version = 1, name = "错类型" } });

        Assert.Equal([("id", HubErrorCodes.BadUserInput)], result.At("data.updateVolunteer").UserErrors());
    }

    [Fact]
    public async Task UpdateArea_GlobalIdClaimingAnAreaForAVolunteer_ChangesNothing()
    {
        var (id, _) = await NewNodes.VolunteerAsync(Hub, "伪装成区域");
        GlobalId.TryDecode(id, out _, out var raw);
        var totals = await NetworkTotals.ReadAsync(Hub);

        var result = await Hub.RunJsonAsync("""
            mutation($input: UpdateAreaInput!) { updateArea(input: $input) { area { id } userErrors { field code } } }
            """, new { input = new { id = GlobalId.Encode(NodeKind.Area, raw), version = 1, name = "被改名" } });

        Assert.Equal([("id", HubErrorCodes.NotFound)], result.At("data.updateArea").UserErrors());
        Assert.Equal(totals, await NetworkTotals.ReadAsync(Hub));
        Assert.Equal("伪装成区域", (await Read(id)).Text("name"));
    }

    [Fact]
    public async Task UpdateVolunteer_RequiredFieldSetToNull_IsAUserErrorAndWritesNothing()
    {
        var (id, version) = await NewNodes.VolunteerAsync(Hub, "必填");
        var totals = await NetworkTotals.ReadAsync(Hub);

        var result = await Hub.RunJsonAsync(UpdateVolunteer, new { input = new { id, version, volunteerNumber = (string?)null } });

        Assert.Contains(("volunteerNumber", HubErrorCodes.BadUserInput), result.At("data.updateVolunteer").UserErrors());
        Assert.Equal(JsonValueKind.Null, result.At("data.updateVolunteer.volunteer").ValueKind);
        Assert.Equal(totals, await NetworkTotals.ReadAsync(Hub));
    }

    [Fact]
    public async Task UpdateVolunteer_BrokenRules_AreUserErrorsAndWriteNothing()
    {
        var (id, version) = await NewNodes.VolunteerAsync(Hub, "越界");
        var totals = await NetworkTotals.ReadAsync(Hub);

        var result = await Hub.RunJsonAsync(UpdateVolunteer, new { input = new { id, version, maxTravelKm = 500.0, situations = new[] { "nobody" } } });

        Assert.Equal(["maxTravelKm", "situations"], result.At("data.updateVolunteer").UserErrors().Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Equal(totals, await NetworkTotals.ReadAsync(Hub));
        Assert.Equal(version, (await Read(id)).At("version").GetInt32());
    }

    [Fact]
    public async Task UpdateNeed_OwnerRemoved_IsAUserErrorOnOwnerId()
    {
        var need = Hub.Snapshot.Nodes<Need>().Last();
        var totals = await NetworkTotals.ReadAsync(Hub);

        var result = await Hub.RunJsonAsync("""
            mutation($input: UpdateNeedInput!) { updateNeed(input: $input) { need { id } userErrors { field message code } } }
            """, new { input = new { id = GlobalId.Encode(need), version = need.Version, ownerId = (string?)null } });

        Assert.Contains(("ownerId", HubErrorCodes.BadUserInput), result.At("data.updateNeed").UserErrors());
        Assert.Equal(totals, await NetworkTotals.ReadAsync(Hub));
    }

    [Fact]
    public async Task UpdateOrganization_Services_KeepsKindAndArea()
    {
        var created = await Hub.RunJsonAsync("""
            mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id version } } }
            """, new { input = new { name = "改服务的小组", kind = "INTEREST_GROUP", registration = "FILED", services = new[] { "culture.music" }, areaId = DemoNodes.Community(Hub.Snapshot) } });

        var result = await Hub.RunJsonAsync("""
            mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { version kind services area { code } } userErrors { field } } }
            """, new { input = new { id = created.Text("data.createOrganization.organization.id"), version = 1, services = new[] { "culture.music", "culture.performance" } } });

        Assert.Equal(2, result.At("data.updateOrganization.organization.version").GetInt32());
        Assert.Equal("INTEREST_GROUP", result.Text("data.updateOrganization.organization.kind"));
        Assert.Equal("430112001001", result.Text("data.updateOrganization.organization.area.code"));
        Assert.Equal(["culture.music", "culture.performance"], result.Items("data.updateOrganization.organization.services").Select(s => s.GetString()));
    }

    [Fact]
    public async Task UpdateVolunteer_AnonymousCaller_IsUnauthenticated()
    {
        var (id, version) = await NewNodes.VolunteerAsync(Hub, "匿名改");

        var result = await Hub.RunJsonAsync(UpdateVolunteer, new { input = new { id, version, name = "被匿名改" } }, Caller.Anonymous);

        Assert.Equal(HubErrorCodes.Unauthenticated, result.ErrorCode());
        Assert.Equal("匿名改", (await Read(id)).Text("name"));
    }

    private async Task<JsonElement> Read(string id) =>
        (await Hub.RunJsonAsync("""
            query($id: ID!) { node(id: $id) { ... on Volunteer { id version name description volunteerNumber category skills situations availability maxTravelKm capacity area { code } } } }
            """, new { id })).At("data.node");
}
