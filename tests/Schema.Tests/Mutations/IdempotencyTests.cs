using System.Text.Json;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Tests.Mutations;

public sealed class IdempotencyTests(DemoHubFixture fixture) : IClassFixture<DemoHubFixture>
{
    private const string CreateVolunteer = """
        mutation($input: CreateVolunteerInput!) { createVolunteer(input: $input) { clientMutationId volunteer { id name version } userErrors { field code } } }
        """;

    private const string CreateOrganization = """
        mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { clientMutationId organization { id } userErrors { field code } } }
        """;

    private DemoHub Hub => fixture.Hub;

    [Fact]
    public async Task CreateVolunteer_SameClientMutationIdTwice_WritesOnceAndAnswersTheSameNode()
    {
        var input = new { clientMutationId = "same-twice", name = "重复提交", volunteerNumber = "IDEM000001", category = "RESIDENT", areaId = DemoNodes.Community(Hub.Snapshot) };
        var before = await NetworkTotals.ReadAsync(Hub);

        var first = await Hub.RunJsonAsync(CreateVolunteer, new { input });
        var second = await Hub.RunJsonAsync(CreateVolunteer, new { input });

        Assert.NotNull(first.Text("data.createVolunteer.volunteer.id"));
        Assert.Equal(first.Text("data.createVolunteer.volunteer.id"), second.Text("data.createVolunteer.volunteer.id"));
        Assert.Empty(second.Items("data.createVolunteer.userErrors"));
        Assert.Equal("same-twice", second.Text("data.createVolunteer.clientMutationId"));
        Assert.Equal(before with { Nodes = before.Nodes + 1, Links = before.Links + 1, Sequence = before.Sequence + 1 }, await NetworkTotals.ReadAsync(Hub));
    }

    [Fact]
    public async Task CreateOrganization_DifferentClientMutationIds_WritesTwice()
    {
        var before = await NetworkTotals.ReadAsync(Hub);

        var first = await Hub.RunJsonAsync(CreateOrganization, new { input = Organization("key-one", "两次提交的小组") });
        var second = await Hub.RunJsonAsync(CreateOrganization, new { input = Organization("key-two", "两次提交的小组") });

        Assert.NotEqual(first.Text("data.createOrganization.organization.id"), second.Text("data.createOrganization.organization.id"));
        Assert.Equal(before with { Nodes = before.Nodes + 2, Links = before.Links + 2, Sequence = before.Sequence + 2 }, await NetworkTotals.ReadAsync(Hub));
    }

    [Fact]
    public async Task CreateOrganization_NoClientMutationId_WritesEachTime()
    {
        var before = await NetworkTotals.ReadAsync(Hub);

        await Hub.RunJsonAsync(CreateOrganization, new { input = Organization(null, "无标识小组") });
        await Hub.RunJsonAsync(CreateOrganization, new { input = Organization(null, "无标识小组") });

        Assert.Equal(before.Nodes + 2, (await NetworkTotals.ReadAsync(Hub)).Nodes);
    }

    [Fact]
    public async Task CreateVolunteer_SameClientMutationIdWithOtherInput_AnswersTheFirstResultAndWritesNothing()
    {
        var first = await Hub.RunJsonAsync(CreateVolunteer, new { input = new { clientMutationId = "changed-input", name = "第一次", volunteerNumber = "IDEM000002", category = "RESIDENT" } });
        var before = await NetworkTotals.ReadAsync(Hub);

        var second = await Hub.RunJsonAsync(CreateVolunteer, new { input = new { clientMutationId = "changed-input", name = "第二次", volunteerNumber = "IDEM000003", category = "STUDENT" } });

        Assert.Equal(first.Text("data.createVolunteer.volunteer.id"), second.Text("data.createVolunteer.volunteer.id"));
        Assert.Equal("第一次", second.Text("data.createVolunteer.volunteer.name"));
        Assert.Equal(before, await NetworkTotals.ReadAsync(Hub));
    }

    [Fact]
    public async Task CreateVolunteer_RefusedThenCorrectedWithTheSameClientMutationId_Succeeds()
    {
        var refused = await Hub.RunJsonAsync(CreateVolunteer, new { input = new { clientMutationId = "fix-and-retry", name = "先错后对", volunteerNumber = "1", category = "RESIDENT" } });
        var before = await NetworkTotals.ReadAsync(Hub);

        var corrected = await Hub.RunJsonAsync(CreateVolunteer, new { input = new { clientMutationId = "fix-and-retry", name = "先错后对", volunteerNumber = "IDEM000004", category = "RESIDENT" } });

        Assert.Contains(("volunteerNumber", HubErrorCodes.BadUserInput), refused.At("data.createVolunteer").UserErrors());
        Assert.Empty(corrected.Items("data.createVolunteer.userErrors"));
        Assert.NotNull(corrected.Text("data.createVolunteer.volunteer.id"));
        Assert.Equal(before.Nodes + 1, (await NetworkTotals.ReadAsync(Hub)).Nodes);
    }

    [Fact]
    public async Task CreateVolunteer_RefusedByTheNetworkThenCorrected_Succeeds()
    {
        var taken = DemoNodes.Volunteer(Hub.Snapshot).VolunteerNumber;
        var refused = await Hub.RunJsonAsync(CreateVolunteer, new { input = new { clientMutationId = "taken-number", name = "重号后改", volunteerNumber = taken, category = "RESIDENT" } });

        var corrected = await Hub.RunJsonAsync(CreateVolunteer, new { input = new { clientMutationId = "taken-number", name = "重号后改", volunteerNumber = "IDEM000005", category = "RESIDENT" } });

        Assert.Contains(("volunteerNumber", HubErrorCodes.BadUserInput), refused.At("data.createVolunteer").UserErrors());
        Assert.Empty(corrected.Items("data.createVolunteer.userErrors"));
        Assert.NotNull(corrected.Text("data.createVolunteer.volunteer.id"));
    }

    [Fact]
    public async Task ClientMutationId_SameOnAnotherMutationField_IsIndependent()
    {
        var before = await NetworkTotals.ReadAsync(Hub);

        var organization = await Hub.RunJsonAsync(CreateOrganization, new { input = Organization("shared-key", "共用标识的组织") });
        var volunteer = await Hub.RunJsonAsync(CreateVolunteer, new { input = new { clientMutationId = "shared-key", name = "共用标识的志愿者", volunteerNumber = "IDEM000006", category = "RESIDENT" } });

        Assert.NotNull(organization.Text("data.createOrganization.organization.id"));
        Assert.NotNull(volunteer.Text("data.createVolunteer.volunteer.id"));
        Assert.Equal(before.Nodes + 2, (await NetworkTotals.ReadAsync(Hub)).Nodes);
    }

    [Fact]
    public async Task UpdateVolunteer_SameClientMutationIdTwice_WritesOnceInsteadOfConflicting()
    {
        var (id, version) = await NewNodes.VolunteerAsync(Hub, "重复修改");
        var input = new { clientMutationId = "update-twice", id, version, name = "重复修改后" };
        var before = await NetworkTotals.ReadAsync(Hub);
        const string update = """
            mutation($input: UpdateVolunteerInput!) { updateVolunteer(input: $input) { volunteer { id name version } userErrors { field } } }
            """;

        var first = await Hub.RunJsonAsync(update, new { input });
        var second = await Hub.RunJsonAsync(update, new { input });

        Assert.Empty(second.ErrorCodes());
        Assert.Equal(version + 1, second.At("data.updateVolunteer.volunteer.version").GetInt32());
        Assert.Equal(first.At("data.updateVolunteer.volunteer").GetRawText(), second.At("data.updateVolunteer.volunteer").GetRawText());
        Assert.Equal(before.Sequence + 1, (await NetworkTotals.ReadAsync(Hub)).Sequence);
    }

    [Fact]
    public async Task Link_SameClientMutationIdTwice_AnswersTheSameLinkInsteadOfADuplicate()
    {
        var (volunteer, _) = await NewNodes.VolunteerAsync(Hub, "重复入队请求");
        var input = new { clientMutationId = "link-twice", type = "MEMBER_OF", fromId = volunteer, toId = DemoNodes.VolunteerTeam(Hub.Snapshot) };
        const string link = "mutation($input: LinkInput!) { link(input: $input) { link { id } userErrors { field } } }";
        var before = await NetworkTotals.ReadAsync(Hub);

        var first = await Hub.RunJsonAsync(link, new { input });
        var second = await Hub.RunJsonAsync(link, new { input });

        Assert.Empty(second.Items("data.link.userErrors"));
        Assert.Equal(first.Text("data.link.link.id"), second.Text("data.link.link.id"));
        Assert.Equal(before with { Links = before.Links + 1, Sequence = before.Sequence + 1 }, await NetworkTotals.ReadAsync(Hub));
    }

    [Fact]
    public async Task DeleteVolunteer_SameClientMutationIdTwice_AnswersTheFirstResult()
    {
        var (id, version) = await NewNodes.VolunteerAsync(Hub, "重复删除");
        var input = new { clientMutationId = "delete-twice", id, version };
        const string delete = "mutation($input: DeleteInput!) { deleteVolunteer(input: $input) { deletedId userErrors { field } } }";

        var first = await Hub.RunJsonAsync(delete, new { input });
        var before = await NetworkTotals.ReadAsync(Hub);
        var second = await Hub.RunJsonAsync(delete, new { input });

        Assert.Empty(second.ErrorCodes());
        Assert.Equal(first.Text("data.deleteVolunteer.deletedId"), second.Text("data.deleteVolunteer.deletedId"));
        Assert.Equal(before, await NetworkTotals.ReadAsync(Hub));
    }

    [Fact]
    public async Task Unlink_SameClientMutationIdTwice_AnswersTheFirstResult()
    {
        var (volunteer, _) = await NewNodes.VolunteerAsync(Hub, "重复退队");
        var team = DemoNodes.VolunteerTeam(Hub.Snapshot);
        await Hub.RunJsonAsync("mutation($input: LinkInput!) { link(input: $input) { link { id } } }", new { input = new { type = "MEMBER_OF", fromId = volunteer, toId = team } });
        var input = new { clientMutationId = "unlink-twice", type = "MEMBER_OF", fromId = volunteer, toId = team };
        const string unlink = "mutation($input: UnlinkInput!) { unlink(input: $input) { deletedId userErrors { field } } }";

        var first = await Hub.RunJsonAsync(unlink, new { input });
        var second = await Hub.RunJsonAsync(unlink, new { input });

        Assert.NotNull(first.Text("data.unlink.deletedId"));
        Assert.Equal(first.Text("data.unlink.deletedId"), second.Text("data.unlink.deletedId"));
    }

    [Fact]
    public async Task ClientMutationId_Over200Characters_IsBadUserInput()
    {
        var result = await Hub.RunJsonAsync(CreateOrganization, new { input = Organization(new string('k', 201), "超长标识") });

        Assert.Equal(HubErrorCodes.BadUserInput, result.ErrorCode());
    }

    [Fact]
    public async Task CreateVolunteer_SameClientMutationIdAfterARestart_AnswersTheSameNodeAndWritesNothing()
    {
        var hub = await DemoHub.CreateAsync();
        try
        {
            var input = new { clientMutationId = "before-restart", name = "重启前", volunteerNumber = "IDEM000007", category = "RESIDENT", areaId = DemoNodes.Community(hub.Snapshot) };
            var first = await hub.RunJsonAsync(CreateVolunteer, new { input });
            hub = await hub.RestartAsync();
            var before = await NetworkTotals.ReadAsync(hub);

            var second = await hub.RunJsonAsync(CreateVolunteer, new { input });

            Assert.NotNull(first.Text("data.createVolunteer.volunteer.id"));
            Assert.Equal(first.Text("data.createVolunteer.volunteer.id"), second.Text("data.createVolunteer.volunteer.id"));
            Assert.Equal(before, await NetworkTotals.ReadAsync(hub));
        }
        finally
        {
            await hub.DisposeAsync();
        }
    }

    [Fact]
    public async Task CreateVolunteer_SameClientMutationIdOnASecondInstance_AnswersTheNodeTheFirstWrote()
    {
        await using var first = await DemoHub.CreateAsync();
        await using var second = await DemoHub.OpenAsync(first);
        var input = new { clientMutationId = "two-instances", name = "两个实例", volunteerNumber = "IDEM000008", category = "RESIDENT" };

        var written = await first.RunJsonAsync(CreateVolunteer, new { input });
        var replayed = await second.RunJsonAsync(CreateVolunteer, new { input });

        Assert.Equal(written.Text("data.createVolunteer.volunteer.id"), replayed.Text("data.createVolunteer.volunteer.id"));
        Assert.Equal("两个实例", replayed.Text("data.createVolunteer.volunteer.name"));
        Assert.Equal(await NetworkTotals.ReadAsync(first), await NetworkTotals.ReadAsync(second));
    }

    private object Organization(string? clientMutationId, string name) =>
        new { clientMutationId, name, kind = "INTEREST_GROUP", registration = "UNREGISTERED", services = new[] { "recreation.games" }, areaId = DemoNodes.Community(Hub.Snapshot) };
}
