using ResourceHub.Graph.Analytics;
using ResourceHub.Graph.Export;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Tests.Export;

public sealed class ExportScopeTests
{
    [Fact]
    public void Scope_OfTheDistrict_HoldsOnlyThePublicDirectory_AndEveryKindOfIt()
    {
        var scope = DemoExports.DistrictScope;
        var kinds = scope.Nodes().Select(n => n.Kind).Distinct().Order().ToList();

        Assert.Equal(ExportColumns.Kinds.Order(), kinds);
        Assert.Equal(scope.NodeCount, scope.Nodes().Count());
        Assert.DoesNotContain(scope.Ids, id => DemoExports.Snapshot.Node(id) is Elder or Need or Referral or ServiceRecord or Consent or TimeBankEntry or Booking or Webhook);
    }

    [Fact]
    public void Scope_OfATownship_IsWhatIsInItOrServesIt_AndLessThanTheDistricts()
    {
        var s = DemoExports.Snapshot;
        var township = ExportScope.Of(s, DemoExports.Township.Id);
        var district = DemoExports.DistrictScope;

        Assert.All(township.Ids, id => Assert.True(district.Contains(id)));
        Assert.True(township.NodeCount < district.NodeCount);
        foreach (var node in township.Nodes())
        {
            var inside = node is Area a ? s.IsWithin(a.Id, DemoExports.Township.Id) : s.IsWithin(township.HomeArea(node.Id)?.Id, DemoExports.Township.Id);
            var serves = false;
            foreach (var e in s.Edges(node.Id, Direction.Out, LinkType.Serves))
                serves |= s.IsWithin(e.OtherId, DemoExports.Township.Id) || s.Ancestors(DemoExports.Township.Id).Contains(e.OtherId);
            Assert.True(inside || serves, $"{node.Kind} {node.Name} is neither in 高塘岭街道 nor serves it");
        }
        // Something of the district lies outside the township: another township's station.
        Assert.Contains(district.Nodes<Organization>(), o => o.OrganizationKind == OrganizationKind.SocialWorkStation && !township.Contains(o.Id));
    }

    [Fact]
    public void Links_JoinNodesOfTheScope_InAStableOrder()
    {
        var scope = DemoExports.DistrictScope;
        var links = scope.Links().ToList();

        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.True(scope.Contains(l.FromId) && scope.Contains(l.ToId)));
        Assert.Equal(links.Count, links.Select(l => l.Id).Distinct().Count());
        Assert.Equal(links.Select(l => l.Id), scope.Links().Select(l => l.Id));
        Assert.Contains(links, l => l.Type == LinkType.PartnersWith);
    }

    [Fact]
    public void Whole_HoldsEveryPublicNode()
    {
        var s = DemoExports.Snapshot;
        var whole = ExportScope.Whole(s);

        Assert.Equal(s.Nodes().Count(n => ExportScope.IsExported(n.Kind)), whole.NodeCount);
        Assert.Null(whole.Area);
        Assert.Equal("all", whole.FileStem);
    }

    [Fact]
    public void Of_ANodeThatIsNoArea_IsRefused()
    {
        var organization = DemoExports.Snapshot.Nodes<Organization>().First();

        Assert.Throws<ArgumentException>(() => ExportScope.Of(DemoExports.Snapshot, organization.Id));
    }
}
