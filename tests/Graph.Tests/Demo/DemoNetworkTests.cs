using System.Text.RegularExpressions;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Demo;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Persistence;

namespace ResourceHub.Graph.Tests.Demo;

public sealed partial class DemoNetworkTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));
    private static readonly Lazy<NetworkSnapshot> Network = new(() => InMemoryNetwork.Build(DemoNetwork.Build(), Now));

    private static readonly (string Code, string Name, AreaKind Kind)[] Townships =
    [
        ("430112001", "高塘岭街道", AreaKind.Subdistrict),
        ("430112002", "丁字湾街道", AreaKind.Subdistrict),
        ("430112003", "大泽湖街道", AreaKind.Subdistrict),
        ("430112004", "月亮岛街道", AreaKind.Subdistrict),
        ("430112005", "白沙洲街道", AreaKind.Subdistrict),
        ("430112006", "金山桥街道", AreaKind.Subdistrict),
        ("430112007", "黄金园街道", AreaKind.Subdistrict),
        ("430112008", "铜官街道", AreaKind.Subdistrict),
        ("430112009", "乌山街道", AreaKind.Subdistrict),
        ("430112010", "雷锋街道", AreaKind.Subdistrict),
        ("430112100", "桥驿镇", AreaKind.Town),
        ("430112101", "茶亭镇", AreaKind.Town),
        ("430112102", "靖港镇", AreaKind.Town),
        ("430112103", "乔口镇", AreaKind.Town),
        ("430112104", "白箬铺镇", AreaKind.Town),
    ];

    private static readonly (string Name, OrganizationKind Kind)[] NamedOrganizations =
    [
        ("长沙市快乐老人大学", OrganizationKind.EducationUnit),
        ("快乐老人报", OrganizationKind.Media),
        ("湖南快乐老人产业公司", OrganizationKind.MarketEntity),
        ("长沙市望城区国泽康养产业发展有限公司", OrganizationKind.MarketEntity),
        ("望城区民政局", OrganizationKind.GovernmentDepartment),
    ];

    [GeneratedRegex("^[\u4e00-\u9fff]{1,2}某[\u4e00-\u9fff]$")]
    private static partial Regex AnonymisedName();

    private static NetworkSnapshot S => Network.Value;

    private static List<long> Others(long id, Direction direction, LinkType type)
    {
        var result = new List<long>();
        foreach (var e in S.Edges(id, direction, type)) result.Add(e.OtherId);
        return result;
    }

    private static Area Parent(Area area) => S.Node<Area>(Assert.Single(Others(area.Id, Direction.Out, LinkType.PartOf)))!;

    [Fact]
    public void Build_EmptyNetwork_ValidatesWithoutErrors()
    {
        var (plan, errors) = ChangeSetValidator.Validate(NetworkSnapshot.Empty, DemoNetwork.Build(), Now);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(20)));
        Assert.NotNull(plan);
    }

    [Fact]
    public void Build_Snapshot_HasAtLeast1500NodesOfEveryKind()
    {
        Assert.True(S.NodeCount >= 1500, $"only {S.NodeCount} nodes");
        // Every kind of the network; a webhook is an organization's configuration, which a demo does not invent (it would post to nowhere).
        foreach (var kind in Enum.GetValues<NodeKind>().Where(k => k != NodeKind.Webhook)) Assert.True(S.Count(kind) > 0, $"no {kind}");
        Assert.Equal(0, S.Count(NodeKind.Webhook));
        Assert.InRange(S.Count(NodeKind.Volunteer), 500, 700);
        Assert.InRange(S.Count(NodeKind.SocialWorker), 120, 180);
        Assert.InRange(S.Count(NodeKind.Elder), 250, 400);
        Assert.InRange(S.Count(NodeKind.Need), 150, 260);
        Assert.InRange(S.Count(NodeKind.Referral), 20, 30);
        Assert.InRange(S.Count(NodeKind.Project), 3, 5);
    }

    [Fact]
    public void Build_Townships_AreTheFifteenUnitsOfWangchengWithTheirCodes()
    {
        var district = S.AreaByCode("430112");
        Assert.NotNull(district);
        Assert.Equal("望城区", district.Name);
        Assert.Equal(AreaKind.District, district.AreaKind);
        Assert.InRange(district.Population ?? 0, 850_000, 950_000);
        var city = Parent(district);
        Assert.Equal(("430100", "长沙市", AreaKind.City), (city.Code, city.Name, city.AreaKind));

        foreach (var (code, name, kind) in Townships)
        {
            var township = S.AreaByCode(code);
            Assert.NotNull(township);
            Assert.Equal((name, kind, AreaLevel.Township), (township.Name, township.AreaKind, township.Level));
            Assert.Equal(district.Id, Parent(township).Id);
            Assert.NotNull(township.Point);
            Assert.InRange(township.Point.Value.Lat, 28.20, 28.50);
            Assert.InRange(township.Point.Value.Lon, 112.67, 112.97);
            Assert.False(township.IsDemo);
        }
        Assert.Equal(15, S.Nodes<Area>().Count(a => a.Level == AreaLevel.Township));
    }

    [Fact]
    public void Build_CommunitiesAndVillages_FitTheirTownshipKindAndCode()
    {
        var communities = S.Nodes<Area>().Where(a => a.Level == AreaLevel.Community).ToList();

        Assert.InRange(communities.Count, 100, 120);
        foreach (var c in communities)
        {
            var township = Parent(c);
            Assert.Equal(township.AreaKind == AreaKind.Town ? AreaKind.Village : AreaKind.Community, c.AreaKind);
            Assert.StartsWith(township.Code, c.Code, StringComparison.Ordinal);
            Assert.EndsWith(c.AreaKind == AreaKind.Village ? "村" : "社区", c.Name, StringComparison.Ordinal);
            Assert.True(c.IsDemo);
            Assert.Contains("示例数据 (demo)", c.Description, StringComparison.Ordinal);
        }
        foreach (var group in communities.GroupBy(c => Parent(c).Code)) Assert.InRange(group.Count(), 6, 9);
        Assert.Equal(communities.Count, communities.Select(c => c.Name).Distinct().Count());
    }

    [Fact]
    public void Build_EveryTownship_HasAStationLocatedInAndServingIt()
    {
        foreach (var (code, name, _) in Townships)
        {
            var township = S.AreaByCode(code)!;
            var stations = Others(township.Id, Direction.In, LinkType.LocatedIn).Select(id => S.Node(id))
                .OfType<Organization>().Where(o => o.OrganizationKind == OrganizationKind.SocialWorkStation).ToList();

            var station = Assert.Single(stations);
            Assert.Equal(name + "社工站", station.Name);
            Assert.Contains(township.Id, Others(station.Id, Direction.Out, LinkType.Serves));
            Assert.NotEmpty(Others(station.Id, Direction.In, LinkType.StationedAt));
        }
    }

    [Fact]
    public void Build_EveryCommunity_HasAnOfficePartOfItsTownshipStation()
    {
        foreach (var c in S.Nodes<Area>().Where(a => a.Level == AreaLevel.Community))
        {
            var office = Assert.Single(Others(c.Id, Direction.In, LinkType.LocatedIn).Select(id => S.Node(id)).OfType<Organization>(),
                o => o.OrganizationKind == OrganizationKind.SocialWorkOffice);
            var station = S.Node<Organization>(Assert.Single(Others(office.Id, Direction.Out, LinkType.PartOf)))!;
            Assert.Equal(OrganizationKind.SocialWorkStation, station.OrganizationKind);
            Assert.Equal(Parent(c).Id, Assert.Single(Others(station.Id, Direction.Out, LinkType.LocatedIn)));
        }
    }

    [Fact]
    public void Build_IllustrativePeople_AreDemoWithAnonymisedNamesAndNoContactData()
    {
        var people = S.Nodes<Elder>().Cast<Node>().Concat(S.Nodes<Volunteer>()).Concat(S.Nodes<SocialWorker>()).ToList();

        Assert.NotEmpty(people);
        foreach (var p in people)
        {
            Assert.True(p.IsDemo, $"{p.Kind} {p.Id} is not marked demo");
            Assert.Contains("某", p.Name, StringComparison.Ordinal);
            Assert.Matches(AnonymisedName(), p.Name);
            Assert.Single(Others(p.Id, Direction.Out, LinkType.LocatedIn));
        }
        foreach (var e in S.Nodes<Elder>())
        {
            Assert.Null(e.Phone);
            Assert.Null(e.HealthNotes);
            Assert.True(e.Address is null or "示例地址", e.Address);
        }
    }

    [Fact]
    public void Build_RealRecords_AreOnlyTheNamedAreasAndOrganizations()
    {
        var real = S.Nodes().Where(n => !n.IsDemo).Select(n => n.Name).Order(StringComparer.Ordinal).ToList();

        var expected = Townships.Select(t => t.Name).Concat(["长沙市", "望城区"]).Concat(NamedOrganizations.Select(o => o.Name))
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, real);
    }

    [Fact]
    public void Build_NamedOrganizations_ExistWithTheirKinds()
    {
        foreach (var (name, kind) in NamedOrganizations)
        {
            var org = Assert.Single(S.Nodes<Organization>(), o => o.Name == name);
            Assert.Equal(kind, org.OrganizationKind);
            Assert.False(org.IsDemo);
            Assert.NotEmpty(org.Services);
        }
        var bureau = S.Nodes<Organization>().Single(o => o.Name == "望城区民政局");
        var projects = Others(bureau.Id, Direction.Out, LinkType.Contracts);
        Assert.Equal(S.Count(NodeKind.Project), projects.Count);
    }

    [Fact]
    public void Build_TwoCalls_GiveIdenticalOperations()
    {
        var first = Serialize(DemoNetwork.Build());
        var second = Serialize(DemoNetwork.Build());

        Assert.True(first.Count > 3000, $"only {first.Count} operations");
        Assert.Equal(first, second);
    }

    [Fact]
    public void Build_EveryNeed_HasACategoryOneOwnerAndAHomeArea()
    {
        foreach (var need in S.Nodes<Need>())
        {
            Assert.NotEmpty(need.Categories);
            var owner = S.Node(Assert.Single(Others(need.Id, Direction.In, LinkType.HasNeed)))!;
            Assert.Contains(owner.Kind, (NodeKind[])[NodeKind.Elder, NodeKind.Organization, NodeKind.Area]);
            Assert.Single(Others(need.Id, Direction.Out, LinkType.LocatedIn));
            Assert.DoesNotContain("某", need.Name, StringComparison.Ordinal);
            if (need.Mode == NeedMode.Venue && need.Categories.Any(c => c.StartsWith("venue.", StringComparison.Ordinal)))
                Assert.NotNull(need.Participants);
        }
    }

    [Fact]
    public void Build_Referrals_FollowTheLifecycleAndHaveTheEldersConsent()
    {
        foreach (var r in S.Nodes<Referral>())
        {
            Assert.Null(r.History[0].From);
            Assert.Equal(r.Status, r.History[^1].To);
            for (var i = 1; i < r.History.Count; i++)
            {
                Assert.Equal(r.History[i - 1].To, r.History[i].From);
                Assert.True(r.History[i].At > r.History[i - 1].At);
            }
            Assert.Equal(r.Status == ReferralStatus.Completed, r.Outcome is not null);
            Assert.All(r.History, h => Assert.NotNull(S.Node(h.ById!.Value)));
            var owner = S.Node(Assert.Single(Others(r.NeedId, Direction.In, LinkType.HasNeed)));
            var elder = Assert.IsType<Elder>(owner);
            Assert.Contains(S.Nodes<Consent>(), c => c.ElderId == elder.Id && c.RecipientId == r.HelperId && c.GivenAt < r.History[0].At);
        }
    }

    [Fact]
    public void Build_ServiceRecords_AreInQuarterHoursOf2026()
    {
        foreach (var record in S.Nodes<ServiceRecord>())
        {
            Assert.Equal(0, record.Hours * 4 % 1);
            Assert.Equal(2026, record.Date.Year);
        }
    }

    private static List<string> Serialize(ChangeSet set) => set.Operations.Select(op => op switch
    {
        ChangeOperation.CreateNode c => $"node {c.TempId} {c.Node.Kind} {c.Node.Name} {NetworkJson.SerializeNode(c.Node)}",
        ChangeOperation.CreateLink l => $"link {l.TempId} {l.Link.Type} {l.Link.FromId} {l.Link.ToId} {NetworkJson.SerializeLinkData(l.Link)}",
        _ => op.ToString(),
    }).ToList();
}
