using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Demo;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Persistence;

namespace ResourceHub.Graph.Tests.Demo;

public class SyntheticNetworkTests
{
    private const int LargeSize = 2000;
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 9, 0, 0, TimeSpan.FromHours(8));

    // One network of 2,000 communities (about 100,000 nodes) shared by the structural tests.
    private static readonly Lazy<ChangeSet> LargeSet = new(() => SyntheticNetwork.Generate(2026, LargeSize));
    private static readonly Lazy<NetworkSnapshot> Large = new(() => InMemoryNetwork.Build(LargeSet.Value, DateTimeOffset.UnixEpoch));

    [Theory]
    [InlineData(1)]
    [InlineData(50)]
    [InlineData(333)]
    public void Generate_SmallSizes_ValidatesWithoutErrors(int communities)
    {
        var set = SyntheticNetwork.Generate(communities, communities);

        var (plan, errors) = ChangeSetValidator.Validate(NetworkSnapshot.Empty, set, Now);

        Assert.Empty(errors);
        Assert.NotNull(plan);
        Assert.Equal(communities, plan.Creates.OfType<Area>().Count(a => a.Level == AreaLevel.Community));
    }

    [Fact]
    public void Generate_TwoThousandCommunities_ValidatesWithoutErrors()
    {
        var (plan, errors) = ChangeSetValidator.Validate(NetworkSnapshot.Empty, LargeSet.Value, Now);

        Assert.Empty(errors);
        Assert.NotNull(plan);
        Assert.Equal(LargeSize, plan.Creates.OfType<Area>().Count(a => a.Level == AreaLevel.Community));
        Assert.Equal(10, plan.Creates.OfType<Area>().Count(a => a.Level == AreaLevel.District));
    }

    [Fact]
    public void Generate_SameSeed_GivesSameOperations()
    {
        var first = Serialize(SyntheticNetwork.Generate(7, 120));
        var second = Serialize(SyntheticNetwork.Generate(7, 120));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Generate_OtherSeed_GivesOtherOperations()
    {
        var first = Serialize(SyntheticNetwork.Generate(7, 120));
        var other = Serialize(SyntheticNetwork.Generate(8, 120));

        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Generate_NodeCount_ScalesLinearlyAtAboutFiftyPerCommunity()
    {
        var small = SyntheticNetwork.Generate(5, 200).Operations.OfType<ChangeOperation.CreateNode>().Count() / 200.0;
        var large = Large.Value.NodeCount / (double)LargeSize;

        Assert.InRange(small, 40, 60);
        Assert.InRange(large, 40, 60);
        Assert.InRange(large / small, 0.9, 1.1);
    }

    [Fact]
    public void Generate_Network_HasAverageDegreeInTargetRange()
    {
        var s = Large.Value;

        var linksPerNode = s.LinkCount / (double)s.NodeCount;

        // 4.5 to 10 links per node is an average degree of 9 to 20 when each link counts at both ends.
        Assert.InRange(linksPerNode, 4.5, 10);
    }

    [Fact]
    public void Generate_VolunteersPerCommunity_AreSkewed()
    {
        var s = Large.Value;
        var counts = s.Nodes<Area>().Where(a => a.Level == AreaLevel.Community)
            .Select(a => Count(s, a.Id, Direction.In, LinkType.LocatedIn, NodeKind.Volunteer))
            .OrderDescending().ToList();
        var total = counts.Sum();

        var topTenth = counts.Take(counts.Count / 10).Sum() / (double)total;
        var median = counts[counts.Count / 2];

        // Evenly spread, the top 10% would hold 10%; a lognormal draw gives them about 40%.
        Assert.InRange(topTenth, 0.25, 0.7);
        Assert.True(counts[0] >= 8 * median, $"largest {counts[0]}, median {median}");
        Assert.Contains(counts, c => c <= 3);
    }

    [Fact]
    public void Generate_HubOrganizations_HaveFarMoreLinksThanTheMedianOrganization()
    {
        var s = Large.Value;
        var degrees = s.Nodes<Organization>().Select(o => (Org: o, Degree: s.Edges(o.Id, Direction.Out).Count + s.Edges(o.Id, Direction.In).Count))
            .OrderByDescending(x => x.Degree).ToList();
        var median = degrees[degrees.Count / 2].Degree;

        var hubs = degrees.Take(5).ToList();

        // The university for the elderly first, then the agencies that run most stations.
        Assert.All(hubs, h => Assert.True(h.Degree >= 20 * median, $"{h.Org.Name}: {h.Degree} links, median {median}"));
        Assert.Equal(OrganizationKind.EducationUnit, hubs[0].Org.OrganizationKind);
        Assert.True(hubs[0].Degree >= 100 * median, $"{hubs[0].Org.Name}: {hubs[0].Degree} links, median {median}");
        Assert.All(hubs.Skip(1), h => Assert.Equal(OrganizationKind.SocialWorkAgency, h.Org.OrganizationKind));
        var university = hubs[0].Org.Id;
        Assert.True(s.Edges(university, Direction.Out, LinkType.PartnersWith).Count >= 40);
        Assert.True(s.Edges(university, Direction.Out, LinkType.Serves).Count >= 40);
    }

    [Fact]
    public void Generate_Areas_NestCommunitiesInSubdistrictsAndVillagesInTowns()
    {
        var s = Large.Value;

        foreach (var area in s.Nodes<Area>().Where(a => a.Level == AreaLevel.Community))
        {
            var parent = s.Node<Area>(s.Edges(area.Id, Direction.Out, LinkType.PartOf)[0].OtherId);
            Assert.NotNull(parent);
            Assert.Equal(area.AreaKind == AreaKind.Community ? AreaKind.Subdistrict : AreaKind.Town, parent.AreaKind);
            Assert.StartsWith(parent.Code, area.Code, StringComparison.Ordinal);
        }
        Assert.Contains(s.Nodes<Area>(), a => a.AreaKind == AreaKind.Village);
        Assert.Contains(s.Nodes<Area>(), a => a.AreaKind == AreaKind.Community);
    }

    [Fact]
    public void Generate_Volunteers_LiveNearTheirCommunityWithSkillsAndAvailability()
    {
        var s = Large.Value;

        foreach (var v in s.Nodes<Volunteer>())
        {
            var home = s.Node<Area>(s.Edges(v.Id, Direction.Out, LinkType.LocatedIn)[0].OtherId);
            Assert.NotNull(home);
            Assert.True(v.Point!.Value.DistanceKm(home.Point!.Value) < 5, $"{v.Name} is far from {home.Name}");
            Assert.NotEmpty(v.Skills);
            Assert.False(v.Availability.IsEmpty);
            Assert.InRange(v.MaxTravelKm, 1, 10);
        }
    }

    [Fact]
    public void Generate_RecordReferences_NameNodesOfTheRightKind()
    {
        var s = Large.Value;
        var referrals = s.Nodes<Referral>().ToList();

        Assert.NotEmpty(referrals);
        Assert.NotEmpty(s.Nodes<ServiceRecord>());
        Assert.NotEmpty(s.Nodes<Consent>());
        foreach (var r in referrals)
        {
            Assert.NotNull(s.Node<Need>(r.NeedId));
            Assert.NotNull(s.FindLink(LinkType.ReferredTo, r.NeedId, r.HelperId));
        }
    }

    [Fact]
    public void Generate_EveryNode_IsDemo()
    {
        Assert.All(Large.Value.Nodes(), n => Assert.True(n.IsDemo, n.Name));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Generate_NoCommunities_Throws(int communities)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticNetwork.Generate(1, communities));
    }

    private static int Count(NetworkSnapshot s, long id, Direction direction, LinkType type, NodeKind kind)
    {
        var n = 0;
        foreach (var e in s.Edges(id, direction, type))
        {
            if (s.Node(e.OtherId)?.Kind == kind) n++;
        }
        return n;
    }

    private static List<string> Serialize(ChangeSet set) => set.Operations.Select(op => op switch
    {
        ChangeOperation.CreateNode c => $"node {c.TempId} {c.Node.Kind} {c.Node.Name} {NetworkJson.SerializeNode(c.Node)}",
        ChangeOperation.CreateLink l => $"link {l.TempId} {l.Link.Type} {l.Link.FromId}->{l.Link.ToId} {NetworkJson.SerializeLinkData(l.Link)}",
        _ => throw new InvalidOperationException($"a generated set only creates, not {op.GetType().Name}"),
    }).ToList();
}
