using System.Text;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Import;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Tests.Matching;

namespace ResourceHub.Graph.Tests.Import;

/// <summary>Import files read and planned: encodings, Chinese headers, line numbers of every problem, and what a good import writes.</summary>
public sealed class ImportTests
{
    static ImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Organizations = """
        编号,名称,组织类别,登记状态,服务项目,区划代码,服务区域,纬度,经度
        team,助浴服务队,VOLUNTEER_TEAM,FILED,care.bathing;companionship.visit,430112001001,430112001001,28.30,112.90
        """;

    private const string Volunteers = """
        编号,姓名,志愿者编号,志愿者类别,技能,所在社区,所属队伍,最远距离
        v1,刘某芳,VNIMP0001,RESIDENT,care.bathing,430112001001,team,5
        v2,陈某华,VNIMP0002,YOUNGER_ELDER,"care.bathing、companionship.visit",430112001002,team,3
        """;

    private static (MatchingNetwork Net, Graph.Index.NetworkSnapshot Snapshot) Network()
    {
        var net = new MatchingNetwork();
        return (net, net.Build());
    }

    private static byte[] Utf8(string text, bool bom = false) => [.. (bom ? new byte[] { 0xEF, 0xBB, 0xBF } : []), .. Encoding.UTF8.GetBytes(text)];

    [Fact]
    public void Text_IsUtf8WithOrWithoutBom_ElseGb18030()
    {
        const string Text = "名称,区划代码\n高塘岭街道社工站,430112001\n";

        Assert.Equal((Text, "UTF-8 (BOM)"), ImportFiles.ReadText(Utf8(Text, bom: true)));
        Assert.Equal((Text, "UTF-8"), ImportFiles.ReadText(Utf8(Text)));
        Assert.Equal((Text, "GB18030"), ImportFiles.ReadText(Encoding.GetEncoding("GB18030").GetBytes(Text)));
    }

    [Fact]
    public void GoodFiles_PlanNodesAndTheirTies_AcrossFilesInAnyOrder()
    {
        var (net, s) = Network();
        var rows = ImportFiles.Read("volunteers.csv", Encoding.GetEncoding("GB18030").GetBytes(Volunteers)).Rows
            .Concat(ImportFiles.Read("organizations.csv", Utf8(Organizations, bom: true)).Rows).ToList();

        var (changes, _, problems) = ImportPlanner.Plan(s, rows);

        Assert.Empty(problems);
        var after = InMemoryNetwork.Apply(s, changes!, MatchingNetwork.Now);
        var team = after.Nodes<Organization>().Single(o => o.Name == "助浴服务队");
        var v2 = after.VolunteerByNumber("VNIMP0002")!;
        Assert.Equal((OrganizationKind.VolunteerTeam, new GeoPoint(28.30, 112.90)), (team.OrganizationKind, team.Point!.Value));
        Assert.Equal(["care.bathing", "companionship.visit"], v2.Skills);
        Assert.Equal((VolunteerCategory.YoungerElder, 3.0), (v2.Category, v2.MaxTravelKm));
        Assert.NotNull(after.FindLink(LinkType.MemberOf, v2.Id, team.Id));
        Assert.NotNull(after.FindLink(LinkType.LocatedIn, v2.Id, net.Id(net.CommunityB)));
        Assert.NotNull(after.FindLink(LinkType.Serves, team.Id, net.Id(net.CommunityA)));
        Assert.Equal(s.NodeCount + 3, after.NodeCount);
    }

    [Fact]
    public void BadRows_AreToldByFileLineAndColumn_AndNothingIsPlanned()
    {
        var (_, s) = Network();
        const string Bad = """
            key,name,volunteer_number,category,skills,area,member_of
            a,甲,VNBAD0001,RESIDENT,companionship.visit,430112001001,
            a,乙,VNBAD0002,RESIDENT,companionship.visit,430112001001,
            c,,VNBAD0003,RESIDENT,companionship.visit,430112001001,
            d,丁,VNBAD0004,ASTRONAUT,companionship.visit,430112001001,
            e,戊,VNBAD0005,RESIDENT,companionship.visit,430199001001,
            f,己,VNBAD0006,RESIDENT,companionship.visit,430112001001,nobody
            g,"庚
            (两行)",VNBAD0001,RESIDENT,companionship.visit,430112001001,
            """;

        var (rows, readProblems, _) = ImportFiles.Read("volunteers.csv", Utf8(Bad));
        var (changes, _, problems) = ImportPlanner.Plan(s, rows);

        Assert.Empty(readProblems);
        Assert.Null(changes);
        Assert.Equal(
            [(3, "key"), (4, "name"), (5, "category"), (6, "area"), (7, "member_of"), (8, "volunteer_number")],
            problems.Select(p => (p.Line, p.Column!)));
        Assert.All(problems, p => Assert.Equal("volunteers.csv", p.File));
        Assert.Contains("430199001001", problems.Single(p => p.Column == "area").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownHeader_AndAFileThatSaysNoKind_AreToldAtLineOne()
    {
        var (rows, problems, _) = ImportFiles.Read("people.csv", Utf8("名称,身高\n张某,170\n"));

        Assert.Single(rows);
        Assert.Equal([(1, "身高"), (1, null)], problems.Select(p => (p.Line, p.Column)));
    }

    [Fact]
    public void Json_NodesAndLinks_WithTheLineEachStartsOn()
    {
        var (net, s) = Network();
        const string Json = """
            {
              "nodes": [
                { "key": "o", "kind": "Organization", "name": "社区老年协会", "organizationKind": "ELDERLY_ASSOCIATION", "services": ["recreation.festival"], "area": "430112001001" },
                { "key": "r", "kind": "Resource", "name": "活动室", "resourceKind": "VENUE", "capacity": 40, "owner": "o", "area": "430112001001", "accessible": true },
                { "key": "x", "kind": "Elder", "name": "某某" }
              ],
              "links": [ { "type": "PARTNERS_WITH", "from": "o", "to": "Organization:999" } ]
            }
            """;

        var (rows, readProblems, _) = ImportFiles.Read("directory.json", Utf8(Json));
        var (changes, _, problems) = ImportPlanner.Plan(s, rows);

        Assert.Empty(readProblems);
        Assert.Equal([3, 4, 5, 7], rows.Select(r => r.Line));
        Assert.Null(changes);
        Assert.Equal([(5, "kind"), (7, "to")], problems.Select(p => (p.Line, p.Column!)));
        Assert.Contains("elders and needs are entered through the API", problems[0].Message, StringComparison.Ordinal);
        var good = rows.Take(2).ToList();
        var (planned, _, none) = ImportPlanner.Plan(s, good);
        Assert.Empty(none);
        var after = InMemoryNetwork.Apply(s, planned!, MatchingNetwork.Now);
        var venue = after.Nodes<Resource>().Single(r => r.Name == "活动室");
        Assert.Equal((40, true), (venue.Capacity, venue.Accessible));
        Assert.Equal(1, after.Edges(venue.Id, Direction.In, LinkType.Owns).Count);
        _ = net;
    }
}
