using System.Text;
using System.Text.Json;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Tests.Relay;

public sealed class PaginationTests
{
    private const string Township = "430112001";

    private const string VolunteerPage = """
        query($where: VolunteerFilter, $orderBy: NodeOrder, $first: Int, $after: String, $last: Int, $before: String) {
          volunteers(where: $where, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
            totalCount
            edges { cursor node { id } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    private static readonly object InTownship = new { withinAreaCode = Township };

    public static TheoryData<string, bool> Orderings => new()
    {
        { "CREATED", false },
        { "NAME", false },
        { "NAME", true },
        { "DISTANCE", false },
    };

    [Fact]
    public async Task Connection_FilterMatchingNothing_IsAnEmptyPage()
    {
        var result = await Page(new { where = new { name = new { equals = "没有这个志愿者" } }, first = 10 });

        Assert.Empty(result.Items("data.volunteers.edges"));
        Assert.Equal(0, result.At("data.volunteers.totalCount").GetInt32());
        Assert.False(result.At("data.volunteers.pageInfo.hasNextPage").GetBoolean());
        Assert.False(result.At("data.volunteers.pageInfo.hasPreviousPage").GetBoolean());
        Assert.Equal(JsonValueKind.Null, result.At("data.volunteers.pageInfo.startCursor").ValueKind);
        Assert.Equal(JsonValueKind.Null, result.At("data.volunteers.pageInfo.endCursor").ValueKind);
    }

    [Theory]
    [MemberData(nameof(Orderings))]
    public async Task Connection_WalkedSevenAtATime_MatchesOneBigPageWithNoOverlapOrGap(string field, bool descending)
    {
        object where = field == "DISTANCE"
            ? new { withinAreaCode = Township, near = new { lat = 28.3476, lon = 112.8196, km = 50.0 } }
            : InTownship;
        var orderBy = new { field, direction = descending ? "DESC" : "ASC" };
        var all = await Page(new { where, orderBy, first = 100 });
        var expected = Ids(all);

        var walked = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = await Page(new { where, orderBy, first = 7, after });
            walked.AddRange(Ids(page));
            pages++;
            if (!page.At("data.volunteers.pageInfo.hasNextPage").GetBoolean()) break;
            after = page.Text("data.volunteers.pageInfo.endCursor");
            Assert.True(pages < 50, "the walk does not end");
        }

        Assert.Equal(expected, walked);
        Assert.Equal(walked.Count, walked.Distinct().Count());
        Assert.Equal((expected.Count + 6) / 7, pages);
    }

    [Fact]
    public async Task Connection_PageEndingAtTheLastItem_HasNoNextPage()
    {
        var total = (await Page(new { where = InTownship, first = 1 })).At("data.volunteers.totalCount").GetInt32();
        var head = await Page(new { where = InTownship, first = total - 3 });

        var tail = await Page(new { where = InTownship, first = 3, after = head.Text("data.volunteers.pageInfo.endCursor") });

        Assert.Equal(3, tail.Items("data.volunteers.edges").Count);
        Assert.False(tail.At("data.volunteers.pageInfo.hasNextPage").GetBoolean());
        Assert.True(tail.At("data.volunteers.pageInfo.hasPreviousPage").GetBoolean());
        Assert.True(head.At("data.volunteers.pageInfo.hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Connection_AfterTheLastItem_IsEmptyWithNoNextPage()
    {
        var all = await Page(new { where = InTownship, first = 100 });

        var beyond = await Page(new { where = InTownship, first = 5, after = all.Text("data.volunteers.pageInfo.endCursor") });

        Assert.Empty(beyond.Items("data.volunteers.edges"));
        Assert.False(beyond.At("data.volunteers.pageInfo.hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Connection_FirstCoveringTheWholeList_HasNoNextPage()
    {
        var total = (await Page(new { where = InTownship, first = 1 })).At("data.volunteers.totalCount").GetInt32();

        var page = await Page(new { where = InTownship, first = total });

        Assert.Equal(total, page.Items("data.volunteers.edges").Count);
        Assert.False(page.At("data.volunteers.pageInfo.hasNextPage").GetBoolean());
        Assert.False(page.At("data.volunteers.pageInfo.hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Connection_LastWithoutCursor_AnswersTheEndOfTheList()
    {
        var all = Ids(await Page(new { where = InTownship, first = 100 }));

        var page = await Page(new { where = InTownship, last = 5 });

        Assert.Equal(all[^5..], Ids(page));
        Assert.False(page.At("data.volunteers.pageInfo.hasNextPage").GetBoolean());
        Assert.True(page.At("data.volunteers.pageInfo.hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Connection_WalkedBackwardsWithLastBefore_MatchesOneBigPage()
    {
        var all = Ids(await Page(new { where = InTownship, first = 100 }));

        var walked = new List<string>();
        string? before = null;
        while (true)
        {
            var page = await Page(new { where = InTownship, last = 6, before });
            walked.InsertRange(0, Ids(page));
            if (!page.At("data.volunteers.pageInfo.hasPreviousPage").GetBoolean()) break;
            before = page.Text("data.volunteers.pageInfo.startCursor");
            Assert.True(walked.Count <= all.Count, "the walk back does not end");
        }

        Assert.Equal(all, walked);
    }

    [Fact]
    public async Task Connection_AfterAndBefore_AnswersTheItemsBetween()
    {
        var all = await Page(new { where = InTownship, first = 10 });
        var edges = all.Items("data.volunteers.edges");

        var between = await Page(new { where = InTownship, first = 100, after = edges[2].Text("cursor"), before = edges[7].Text("cursor") });

        Assert.Equal(Ids(all)[3..7], Ids(between));
    }

    [Fact]
    public async Task Connection_NeitherFirstNorLast_AnswersTwentyItems()
    {
        var page = await Page(new { where = InTownship });

        Assert.Equal(20, page.Items("data.volunteers.edges").Count);
        Assert.True(page.At("data.volunteers.pageInfo.hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Connection_WholeListWalkedByHundreds_CountsAsTotalCount()
    {
        var hub = await DemoHub.Shared;
        var walked = 0;
        var totals = new HashSet<int>();
        string? after = null;
        do
        {
            var page = await hub.RunJsonAsync("""
                query($after: String) { organizations(first: 100, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }
                """, new { after });
            walked += page.Items("data.organizations.nodes").Count;
            totals.Add(page.At("data.organizations.totalCount").GetInt32());
            after = page.At("data.organizations.pageInfo.hasNextPage").GetBoolean() ? page.Text("data.organizations.pageInfo.endCursor") : null;
        }
        while (after is not null);

        Assert.Equal(walked, Assert.Single(totals));
        Assert.Equal(hub.Snapshot.Count(NodeKind.Organization), walked);
    }

    [Fact]
    public async Task Connection_FirstOver100_IsBadUserInput()
    {
        var result = await Page(new { first = 101 });

        Assert.Equal(HubErrorCodes.BadUserInput, result.ErrorCode());
        Assert.Equal(JsonValueKind.Null, result.At("data").ValueKind);
    }

    [Fact]
    public async Task Connection_LastOver100_IsBadUserInput()
    {
        var result = await Page(new { last = 101 });

        Assert.Equal(HubErrorCodes.BadUserInput, result.ErrorCode());
    }

    [Theory]
    [InlineData("first")]
    [InlineData("last")]
    public async Task Connection_NegativeSize_IsBadUserInput(string argument)
    {
        var result = await Page(argument == "first" ? new { first = -1 } : (object)new { last = -1 });

        Assert.Equal(HubErrorCodes.BadUserInput, result.ErrorCode());
    }

    [Fact]
    public async Task Connection_FirstAndLastTogether_IsBadUserInput()
    {
        var result = await Page(new { first = 5, last = 5 });

        Assert.Equal(HubErrorCodes.BadUserInput, result.ErrorCode());
    }

    [Theory]
    [InlineData("garbage!!")]
    [InlineData("Zm9vYmFy")]
    [InlineData("")]
    [InlineData("Vm9sdW50ZWVyLkNyZWF0ZWQuYXNjfHh8eXx6")]
    public async Task Connection_ForgedCursor_IsBadUserInput(string cursor)
    {
        var result = await Page(new { first = 5, after = cursor });

        Assert.Equal(HubErrorCodes.BadUserInput, result.ErrorCode());
    }

    [Fact]
    public async Task Connection_CursorWithOneCharacterChanged_IsBadUserInput()
    {
        var cursor = (await Page(new { first = 3 })).Text("data.volunteers.pageInfo.endCursor")!;
        var tampered = cursor[..^1] + (cursor[^1] == 'A' ? 'B' : 'A');

        var result = await Page(new { first = 3, after = tampered });

        Assert.Equal(HubErrorCodes.BadUserInput, result.ErrorCode());
    }

    [Fact]
    public async Task Connection_ForgedCursorAsBefore_IsBadUserInput()
    {
        var forged = Convert.ToBase64String(Encoding.UTF8.GetBytes("not a cursor"));

        var result = await Page(new { last = 5, before = forged });

        Assert.Equal(HubErrorCodes.BadUserInput, result.ErrorCode());
    }

    [Fact]
    public async Task Connection_CursorOfAnotherOrdering_IsBadUserInput()
    {
        var byName = await Page(new { orderBy = new { field = "NAME" }, first = 3 });

        var result = await Page(new { first = 3, after = byName.Text("data.volunteers.pageInfo.endCursor") });

        Assert.Equal(HubErrorCodes.BadUserInput, result.ErrorCode());
    }

    [Fact]
    public async Task Connection_CursorOfTheOtherDirection_IsBadUserInput()
    {
        var ascending = await Page(new { orderBy = new { field = "NAME", direction = "ASC" }, first = 3 });

        var result = await Page(new { orderBy = new { field = "NAME", direction = "DESC" }, first = 3, after = ascending.Text("data.volunteers.pageInfo.endCursor") });

        Assert.Equal(HubErrorCodes.BadUserInput, result.ErrorCode());
    }

    [Fact]
    public async Task Connection_CursorOfAnotherList_IsBadUserInput()
    {
        var hub = await DemoHub.Shared;
        var organizations = await hub.RunJsonAsync("{ organizations(first: 3) { pageInfo { endCursor } } }");

        var result = await Page(new { first = 3, after = organizations.Text("data.organizations.pageInfo.endCursor") });

        Assert.Equal(HubErrorCodes.BadUserInput, result.ErrorCode());
    }

    [Fact]
    public async Task Connection_CursorOfARelationshipList_IsBadUserInput()
    {
        var hub = await DemoHub.Shared;
        var station = hub.Snapshot.Nodes<Organization>().First(o => o.OrganizationKind == OrganizationKind.SocialWorkStation);
        var links = await hub.RunJsonAsync("query($id: ID!) { node(id: $id) { ... on Organization { links(first: 2) { pageInfo { endCursor } } } } }",
            new { id = GlobalId.Encode(station) });

        var result = await Page(new { first = 3, after = links.Text("data.node.links.pageInfo.endCursor") });

        Assert.Equal(HubErrorCodes.BadUserInput, result.ErrorCode());
    }

    [Fact]
    public async Task Connection_CursorOfADeletedItem_ContinuesAfterIt()
    {
        await using var hub = await DemoHub.CreateAsync();
        var area = GlobalId.Encode(hub.Snapshot.AreaByCode("430112001001")!);
        for (var i = 1; i <= 5; i++)
        {
            var created = await hub.RunJsonAsync("""
                mutation($input: CreateVolunteerInput!) { createVolunteer(input: $input) { userErrors { field } } }
                """, new { input = new { name = $"分页测试{i}", volunteerNumber = $"PAGE{i:000000}", category = "RESIDENT", areaId = area } });
            Assert.Empty(created.Items("data.createVolunteer.userErrors"));
        }
        var where = new { name = new { startsWith = "分页测试" } };
        var first = await hub.RunJsonAsync(VolunteerPage, new { where, first = 2 });
        var names = await hub.RunJsonAsync("{ volunteers(where: {name: {startsWith: \"分页测试\"}}) { nodes { id version name } } }");
        var second = names.Items("data.volunteers.nodes")[1];
        var deleted = await hub.RunJsonAsync("""
            mutation($input: DeleteInput!) { deleteVolunteer(input: $input) { deletedId userErrors { field } } }
            """, new { input = new { id = second.Text("id"), version = second.At("version").GetInt32() } });
        Assert.Equal(second.Text("id"), deleted.Text("data.deleteVolunteer.deletedId"));

        var next = await hub.RunJsonAsync("""
            query($after: String) { volunteers(where: {name: {startsWith: "分页测试"}}, first: 2, after: $after) { nodes { name } pageInfo { hasPreviousPage } } }
            """, new { after = first.Text("data.volunteers.pageInfo.endCursor") });

        Assert.Empty(next.ErrorCodes());
        Assert.Equal(["分页测试3", "分页测试4"], next.Items("data.volunteers.nodes").Select(n => n.Text("name")));
        Assert.True(next.At("data.volunteers.pageInfo.hasPreviousPage").GetBoolean());
    }

    private static async Task<JsonElement> Page(object variables) => await (await DemoHub.Shared).RunJsonAsync(VolunteerPage, variables);

    private static List<string> Ids(JsonElement page) =>
        [.. page.Items("data.volunteers.edges").Select(e => e.Text("node.id")!)];
}
