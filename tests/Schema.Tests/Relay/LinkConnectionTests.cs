using System.Text.Json;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Relay;
using Snapshooter.Xunit;

namespace ResourceHub.Schema.Tests.Relay;

public sealed class LinkConnectionTests
{
    private const string LinksOf = """
        query($id: ID!, $direction: Direction, $types: [LinkType!], $first: Int, $after: String) {
          node(id: $id) {
            ... on Organization {
              links(direction: $direction, types: $types, first: $first, after: $after) {
                totalCount
                edges { cursor direction link { id type fromId toId since weight note } node { __typename id } }
                pageInfo { hasNextPage endCursor }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task Links_UniversityPartnersAndTrainees_MatchSnapshot()
    {
        var hub = await DemoHub.Shared;
        var university = hub.Snapshot.Nodes<Organization>().Single(o => o.Name == "长沙市快乐老人大学");

        var json = await hub.RunIndentedAsync("""
            query UniversityLinks($id: ID!) {
              node(id: $id) {
                ... on Organization {
                  name
                  links(types: [PARTNERS_WITH, TRAINS], first: 6) {
                    totalCount
                    pageInfo { hasNextPage hasPreviousPage }
                    edges {
                      direction
                      link { id type fromId toId since until weight note version }
                      node { __typename id ... on Organization { name kind } }
                    }
                  }
                }
              }
            }
            """, new { id = GlobalId.Encode(university) });

        Snapshot.Match(json);
    }

    [Fact]
    public async Task Links_OrganizationMemberOfIn_AreItsMembers()
    {
        var (hub, team) = await VolunteerTeam();
        var members = new HashSet<string>();
        foreach (var e in hub.Snapshot.Edges(team.Id, Direction.In, LinkType.MemberOf)) members.Add(GlobalId.Encode(hub.Snapshot.Node(e.OtherId)!));

        var result = await hub.RunJsonAsync(LinksOf, new { id = GlobalId.Encode(team), direction = "IN", types = new[] { "MEMBER_OF" }, first = 100 });
        var edges = result.Items("data.node.links.edges");

        Assert.NotEmpty(members);
        Assert.Equal(members, edges.Select(e => e.Text("node.id")!).ToHashSet());
        Assert.Equal(members.Count, result.At("data.node.links.totalCount").GetInt32());
        Assert.All(edges, e =>
        {
            Assert.Equal("IN", e.Text("direction"));
            Assert.Equal("MEMBER_OF", e.Text("link.type"));
            Assert.Equal(GlobalId.Encode(team), e.Text("link.toId"));
            Assert.Equal(e.Text("node.id"), e.Text("link.fromId"));
        });
    }

    [Fact]
    public async Task Links_MemberSeenFromTheVolunteer_IsTheSameLinkOut()
    {
        var (hub, team) = await VolunteerTeam();
        var fromTeam = (await hub.RunJsonAsync(LinksOf, new { id = GlobalId.Encode(team), direction = "IN", types = new[] { "MEMBER_OF" }, first = 100 }))
            .Items("data.node.links.edges").First(e => e.Text("node.__typename") == "Volunteer");

        var fromVolunteer = await hub.RunJsonAsync("""
            query($id: ID!) { node(id: $id) { ... on Volunteer { links(direction: OUT, types: [MEMBER_OF]) { edges { direction link { id fromId toId since } node { id } } } } } }
            """, new { id = fromTeam.Text("node.id") });
        var edge = Assert.Single(fromVolunteer.Items("data.node.links.edges"), e => e.Text("node.id") == GlobalId.Encode(team));

        Assert.Equal(fromTeam.Text("link.id"), edge.Text("link.id"));
        Assert.Equal("OUT", edge.Text("direction"));
        Assert.Equal(fromTeam.Text("link.fromId"), edge.Text("link.fromId"));
        Assert.Equal(fromTeam.Text("link.since"), edge.Text("link.since"));
        Assert.NotNull(edge.Text("link.since"));
    }

    [Fact]
    public async Task Links_NoDirection_AnswersBothDirections()
    {
        var (hub, university) = await University();
        var id = GlobalId.Encode(university);
        var types = new[] { "PARTNERS_WITH", "TRAINS" };

        var both = await hub.RunJsonAsync(LinksOf, new { id, types, first = 100 });
        var outgoing = await hub.RunJsonAsync(LinksOf, new { id, types, direction = "OUT", first = 100 });
        var incoming = await hub.RunJsonAsync(LinksOf, new { id, types, direction = "IN", first = 100 });

        var directions = both.Items("data.node.links.edges").Select(e => e.Text("direction")).ToList();
        Assert.Contains("IN", directions);
        Assert.Contains("OUT", directions);
        Assert.Equal(Total(outgoing) + Total(incoming), Total(both));
        Assert.All(outgoing.Items("data.node.links.edges"), e => Assert.Equal(id, e.Text("link.fromId")));
        Assert.All(incoming.Items("data.node.links.edges"), e => Assert.Equal(id, e.Text("link.toId")));
    }

    [Fact]
    public async Task Links_Types_AnswersOnlyThoseTypes()
    {
        var (hub, university) = await University();

        var result = await hub.RunJsonAsync(LinksOf, new { id = GlobalId.Encode(university), types = new[] { "TRAINS" }, first = 100 });

        var types = result.Items("data.node.links.edges").Select(e => e.Text("link.type")).Distinct();
        Assert.Equal(["TRAINS"], types);
    }

    [Fact]
    public async Task Links_WalkedFiveAtATime_MatchesOneBigPage()
    {
        var (hub, university) = await University();
        var id = GlobalId.Encode(university);
        var all = (await hub.RunJsonAsync(LinksOf, new { id, first = 100 })).Items("data.node.links.edges").Select(e => e.Text("link.id")).ToList();

        var walked = new List<string?>();
        string? after = null;
        do
        {
            var page = await hub.RunJsonAsync(LinksOf, new { id, first = 5, after });
            walked.AddRange(page.Items("data.node.links.edges").Select(e => e.Text("link.id")));
            after = page.At("data.node.links.pageInfo.hasNextPage").GetBoolean() ? page.Text("data.node.links.pageInfo.endCursor") : null;
        }
        while (after is not null && walked.Count <= all.Count);

        Assert.True(all.Count > 5);
        Assert.Equal(all, walked);
    }

    [Fact]
    public async Task Links_FirstOver100_IsBadUserInput()
    {
        var (hub, university) = await University();

        var result = await hub.RunJsonAsync(LinksOf, new { id = GlobalId.Encode(university), first = 101 });

        Assert.Equal(HubErrorCodes.BadUserInput, result.ErrorCode());
    }

    [Fact]
    public async Task Links_CursorOfANodeList_IsBadUserInput()
    {
        var (hub, university) = await University();
        var list = await hub.RunJsonAsync("{ organizations(first: 2) { pageInfo { endCursor } } }");

        var result = await hub.RunJsonAsync(LinksOf, new { id = GlobalId.Encode(university), first = 5, after = list.Text("data.organizations.pageInfo.endCursor") });

        Assert.Equal(HubErrorCodes.BadUserInput, result.ErrorCode());
    }

    [Fact]
    public async Task Links_ForgedCursor_IsBadUserInput()
    {
        var (hub, university) = await University();

        var result = await hub.RunJsonAsync(LinksOf, new { id = GlobalId.Encode(university), first = 5, after = "bGlua3N8MXwx" });

        Assert.Equal(HubErrorCodes.BadUserInput, result.ErrorCode());
    }

    private static int Total(JsonElement result) => result.At("data.node.links.totalCount").GetInt32();

    private static async Task<(DemoHub Hub, Organization University)> University()
    {
        var hub = await DemoHub.Shared;
        return (hub, hub.Snapshot.Nodes<Organization>().Single(o => o.Name == "长沙市快乐老人大学"));
    }

    private static async Task<(DemoHub Hub, Organization Team)> VolunteerTeam()
    {
        var hub = await DemoHub.Shared;
        return (hub, hub.Snapshot.Nodes<Organization>().Single(o => o.Name == "高塘岭街道低龄老人志愿服务队"));
    }
}
