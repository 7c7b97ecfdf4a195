using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using static ResourceHub.Graph.Tests.Changes.SnapshotFixture;

namespace ResourceHub.Graph.Tests.Index;

public class NetworkSnapshotTests
{
    // The hand-built network: 长沙市 → 望城区 → 高塘岭街道 → a community, with the station, a volunteer, an elder and a need.
    private const long City = 1, District = 2, Township = 3, Community = 4, Station = 5, Volunteer = 6, Elder = 7, Need = 8;

    private static readonly Link[] BaseLinks =
    [
        // Deliberately not in type or id order within a node: the index must sort them.
        L(6, LinkType.Serves, Station, Community),
        L(5, LinkType.Serves, Station, Township),
        L(4, LinkType.LocatedIn, Station, Township),
        L(1, LinkType.PartOf, District, City),
        L(2, LinkType.PartOf, Township, District),
        L(3, LinkType.PartOf, Community, Township),
        L(9, LinkType.LocatedIn, Elder, Community),
        L(7, LinkType.LocatedIn, Volunteer, Community),
        L(8, LinkType.MemberOf, Volunteer, Station),
        L(10, LinkType.HasNeed, Elder, Need),
    ];

    private static NetworkSnapshot BuildBase() =>
        NetworkSnapshot.Build(
        [
            N(City(), City), N(District(), District), N(Subdistrict(), Township), N(Community(), Community),
            N(Station(), Station), N(Volunteer("VN4301120001"), Volunteer), N(Elder(), Elder), N(Need(), Need),
        ], BaseLinks, sequence: 1);

    [Fact]
    public void Build_Network_CountsNodesByKind()
    {
        var s = BuildBase();

        Assert.Equal(
            (4, 1, 1, 1, 1, 0, 8, 10),
            (s.Count(NodeKind.Area), s.Count(NodeKind.Organization), s.Count(NodeKind.Volunteer), s.Count(NodeKind.Elder),
             s.Count(NodeKind.Need), s.Count(NodeKind.Referral), s.NodeCount, s.LinkCount));
    }

    [Fact]
    public void Edges_OutOfNode_GroupedByTypeThenOrderedByOtherNode()
    {
        var s = BuildBase();

        Assert.Equal(
            [(Township, 4L, LinkType.LocatedIn), (Township, 5L, LinkType.Serves), (Community, 6L, LinkType.Serves)],
            Edges(s, Station, Direction.Out));
    }

    [Fact]
    public void Edges_IntoNode_GroupedByTypeThenOrderedByOtherNode()
    {
        var s = BuildBase();

        Assert.Equal(
            [(Volunteer, 7L, LinkType.LocatedIn), (Elder, 9L, LinkType.LocatedIn), (Station, 6L, LinkType.Serves)],
            Edges(s, Community, Direction.In));
    }

    [Fact]
    public void Edges_OneLink_SeenFromBothEnds()
    {
        var s = BuildBase();

        Assert.Contains((Station, 8L, LinkType.MemberOf), Edges(s, Volunteer, Direction.Out));
        Assert.Contains((Volunteer, 8L, LinkType.MemberOf), Edges(s, Station, Direction.In));
    }

    [Fact]
    public void Edges_OfType_KeepsOnlyThatType()
    {
        var s = BuildBase();

        Assert.Equal([(Station, 5L, LinkType.Serves)], Edges(s, Township, Direction.In, LinkType.Serves));
        Assert.Equal([(Community, 3L, LinkType.PartOf)], Edges(s, Township, Direction.In, LinkType.PartOf));
        Assert.Empty(Edges(s, Township, Direction.In, LinkType.HasNeed));
    }

    [Fact]
    public void Edges_OfUnknownNode_AreEmpty()
    {
        var s = BuildBase();

        Assert.Empty(Edges(s, 99_999, Direction.Out));
        Assert.Empty(Edges(s, -1, Direction.In));
        Assert.Null(s.Node(99_999));
    }

    [Fact]
    public void FindLink_ExistingLink_ReturnsIt()
    {
        var link = BuildBase().FindLink(LinkType.HasNeed, Elder, Need);

        Assert.Equal(10, link?.Id);
    }

    [Fact]
    public void FindLink_ReverseDirection_IsNull()
    {
        Assert.Null(BuildBase().FindLink(LinkType.HasNeed, Need, Elder));
    }

    [Fact]
    public void FindLink_OtherType_IsNull()
    {
        Assert.Null(BuildBase().FindLink(LinkType.Serves, Volunteer, Community));
    }

    [Fact]
    public void AreaByCodeAndVolunteerByNumber_AfterBuild_FindTheNodes()
    {
        var s = BuildBase();

        Assert.Equal((Township, Volunteer), (s.AreaByCode("430112001")?.Id, s.VolunteerByNumber("VN4301120001")?.Id));
        Assert.Null(s.AreaByCode("430112002"));
    }

    [Fact]
    public void AreaByCode_AfterCodeUpdate_FindsOnlyTheNewCode()
    {
        var s = BuildBase();
        var delta = new NetworkDelta();
        delta.UpsertedNodes.Add(s.Node<Area>(Community)! with { Code = "430112001002", Version = 2 });

        var next = s.Apply(delta, sequence: 2);

        Assert.Null(next.AreaByCode("430112001001"));
        Assert.Equal(Community, next.AreaByCode("430112001002")?.Id);
    }

    [Fact]
    public void VolunteerByNumber_AfterNumberUpdate_FindsOnlyTheNewNumber()
    {
        var s = BuildBase();
        var delta = new NetworkDelta();
        delta.UpsertedNodes.Add(s.Node<Volunteer>(Volunteer)! with { VolunteerNumber = "VN4301120002", Version = 2 });

        var next = s.Apply(delta, sequence: 2);

        Assert.Null(next.VolunteerByNumber("VN4301120001"));
        Assert.Equal(Volunteer, next.VolunteerByNumber("VN4301120002")?.Id);
    }

    [Fact]
    public void VolunteerByNumber_AfterDelete_IsNull()
    {
        var next = BuildBase().Apply(DeleteVolunteer(), sequence: 2);

        Assert.Null(next.VolunteerByNumber("VN4301120001"));
    }

    [Fact]
    public void AreaByCode_AfterDeleteOfAnotherNode_StillFindsArea()
    {
        var delta = new NetworkDelta();
        delta.DeletedNodes.Add(Need);
        delta.DeletedLinks.Add(10);

        var next = BuildBase().Apply(delta, sequence: 2);

        Assert.Null(next.Node(Need));
        Assert.Equal(Community, next.AreaByCode("430112001001")?.Id);
    }

    [Fact]
    public void Apply_Delete_CountsFollow()
    {
        var next = BuildBase().Apply(DeleteVolunteer(), sequence: 2);

        Assert.Equal((0, 7, 8, 2L), (next.Count(NodeKind.Volunteer), next.NodeCount, next.LinkCount, next.Sequence));
    }

    [Fact]
    public void Apply_Create_CountsFollow()
    {
        var delta = new NetworkDelta();
        delta.UpsertedNodes.Add(N(Volunteer("VN4301120002", "志愿者乙"), 9));
        delta.UpsertedLinks.Add(L(11, LinkType.LocatedIn, 9, Community));

        var next = BuildBase().Apply(delta, sequence: 2);

        Assert.Equal((2, 9, 11), (next.Count(NodeKind.Volunteer), next.NodeCount, next.LinkCount));
    }

    [Fact]
    public void Apply_Update_DoesNotChangeCounts()
    {
        var s = BuildBase();
        var delta = new NetworkDelta();
        delta.UpsertedNodes.Add(s.Node<Organization>(Station)! with { Name = "高塘岭街道社工站（新址）", Version = 2 });
        delta.UpsertedLinks.Add(s.Link(5)! with { Note = "全街道", Version = 2 });

        var next = s.Apply(delta, sequence: 2);

        Assert.Equal((1, 8, 10), (next.Count(NodeKind.Organization), next.NodeCount, next.LinkCount));
        Assert.Equal("全街道", next.FindLink(LinkType.Serves, Station, Township)?.Note);
    }

    [Fact]
    public void Apply_EarlierSnapshot_StaysUnchanged()
    {
        var before = BuildBase();
        var delta = DeleteVolunteer();
        delta.UpsertedNodes.Add(before.Node<Organization>(Station)! with { Name = "新名称", Version = 2 });
        delta.UpsertedNodes.Add(N(Venue(), 9));
        delta.UpsertedLinks.Add(L(11, LinkType.Owns, Station, 9));
        delta.DeletedLinks.Add(5);

        var after = before.Apply(delta, sequence: 2);

        Assert.Equal(("新名称", "高塘岭街道社工站"), (after.Node(Station)?.Name, before.Node(Station)?.Name));
        Assert.Equal(Volunteer, before.VolunteerByNumber("VN4301120001")?.Id);
        Assert.Equal((1L, 8, 10, 1, 0), (before.Sequence, before.NodeCount, before.LinkCount, before.Count(NodeKind.Volunteer), before.Count(NodeKind.Resource)));
        Assert.Null(before.Node(9));
        Assert.NotNull(before.FindLink(LinkType.Serves, Station, Township));
        Assert.Null(before.FindLink(LinkType.Owns, Station, 9));
        Assert.Equal(
            [(Township, 4L, LinkType.LocatedIn), (Township, 5L, LinkType.Serves), (Community, 6L, LinkType.Serves)],
            Edges(before, Station, Direction.Out));
        Assert.Contains((Volunteer, 8L, LinkType.MemberOf), Edges(before, Station, Direction.In));
    }

    [Fact]
    public void Apply_DeleteLink_RemovesItFromBothEnds()
    {
        var delta = new NetworkDelta();
        delta.DeletedLinks.Add(6);

        var next = BuildBase().Apply(delta, sequence: 2);

        Assert.Equal([(Township, 4L, LinkType.LocatedIn), (Township, 5L, LinkType.Serves)], Edges(next, Station, Direction.Out));
        Assert.Equal([(Volunteer, 7L, LinkType.LocatedIn), (Elder, 9L, LinkType.LocatedIn)], Edges(next, Community, Direction.In));
        Assert.Null(next.FindLink(LinkType.Serves, Station, Community));
        Assert.Null(next.Link(6));
        Assert.Equal(9, next.LinkCount);
    }

    [Fact]
    public void Apply_NodesAcrossChunkBoundary_AreAllReachable()
    {
        var (next, ids) = ApplyAcrossChunks();

        Assert.All(ids, id => Assert.Equal(id, next.Node(id)?.Id));
        Assert.All(Enumerable.Range(1, 8), id => Assert.NotNull(next.Node(id)));
        Assert.Equal((8 + ids.Length, ids.Length + 1), (next.NodeCount, next.Count(NodeKind.Organization)));
    }

    [Fact]
    public void Apply_LinksAcrossChunkBoundary_SeenFromBothEnds()
    {
        var (next, ids) = ApplyAcrossChunks();

        // Every new node partners with the next one in the ring 1020 → … → 1030 → 5000 → 1020.
        for (var i = 0; i < ids.Length; i++)
        {
            var from = ids[i];
            var to = ids[(i + 1) % ids.Length];
            long linkId = 100 + i;
            Assert.Equal([(to, linkId, LinkType.PartnersWith)], Edges(next, from, Direction.Out));
            Assert.Equal([(from, linkId, LinkType.PartnersWith)], Edges(next, to, Direction.In));
            Assert.Equal(linkId, next.FindLink(LinkType.PartnersWith, from, to)?.Id);
        }
    }

    [Fact]
    public void Apply_DeleteLinkAcrossChunkBoundary_RemovesItFromBothEnds()
    {
        var (withRing, _) = ApplyAcrossChunks();
        var delta = new NetworkDelta();
        delta.DeletedLinks.Add(103); // 1023 → 1024, the two sides of the first chunk boundary

        var next = withRing.Apply(delta, sequence: 3);

        Assert.Empty(Edges(next, 1023, Direction.Out));
        Assert.Empty(Edges(next, 1024, Direction.In));
        Assert.Equal([(1025L, 104L, LinkType.PartnersWith)], Edges(next, 1024, Direction.Out));
        Assert.NotNull(withRing.FindLink(LinkType.PartnersWith, 1023, 1024));
    }

    [Fact]
    public void Apply_ThenBuildFromItsNodesAndLinks_GivesTheSameIndex()
    {
        var (applied, ids) = ApplyAcrossChunks();
        var delta = DeleteVolunteer();
        delta.DeletedLinks.Add(5);
        delta.DeletedLinks.Add(107);
        applied = applied.Apply(delta, sequence: 3);

        var rebuilt = NetworkSnapshot.Build(applied.Nodes(), applied.Links(), sequence: 3);

        foreach (var id in Enumerable.Range(1, 8).Select(i => (long)i).Concat(ids))
        {
            Assert.Equal(Edges(rebuilt, id, Direction.Out), Edges(applied, id, Direction.Out));
            Assert.Equal(Edges(rebuilt, id, Direction.In), Edges(applied, id, Direction.In));
        }
        Assert.Equal((rebuilt.NodeCount, rebuilt.LinkCount), (applied.NodeCount, applied.LinkCount));
    }

    [Fact]
    public void Apply_TwoAreasSwapCodes_FindsBoth()
    {
        var s = NetworkSnapshot.Build(
            [N(Subdistrict(), 1), N(Community("430112001001", "甲社区"), 2), N(Community("430112001002", "乙社区"), 3)],
            [L(1, LinkType.PartOf, 2, 1), L(2, LinkType.PartOf, 3, 1)], sequence: 1);
        var delta = new NetworkDelta();
        delta.UpsertedNodes.Add(s.Node<Area>(2)! with { Code = "430112001002", Version = 2 });
        delta.UpsertedNodes.Add(s.Node<Area>(3)! with { Code = "430112001001", Version = 2 });

        var next = s.Apply(delta, sequence: 2);

        Assert.Equal((3L, 2L), (next.AreaByCode("430112001001")?.Id, next.AreaByCode("430112001002")?.Id));
    }

    [Fact]
    public void Apply_NewVolunteerTakesNumberOfRenumberedOne_FindsNewVolunteer()
    {
        var s = BuildBase();
        var delta = new NetworkDelta();
        // The write path puts created nodes before updated ones.
        delta.UpsertedNodes.Add(N(Volunteer("VN4301120001", "志愿者乙"), 9));
        delta.UpsertedNodes.Add(s.Node<Volunteer>(Volunteer)! with { VolunteerNumber = "VN4301120002", Version = 2 });

        var next = s.Apply(delta, sequence: 2);

        Assert.Equal((9L, Volunteer), (next.VolunteerByNumber("VN4301120001")?.Id, next.VolunteerByNumber("VN4301120002")?.Id));
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private static Node N(Node node, long id) => node with { Id = id, Version = 1 };

    private static Link L(long id, LinkType type, long from, long to) => new() { Id = id, Type = type, FromId = from, ToId = to, Version = 1 };

    private static List<(long Other, long Link, LinkType Type)> Edges(NetworkSnapshot s, long id, Direction direction, LinkType? type = null)
    {
        var result = new List<(long, long, LinkType)>();
        foreach (var e in type is { } t ? s.Edges(id, direction, t) : s.Edges(id, direction)) result.Add((e.OtherId, e.LinkId, e.Type));
        return result;
    }

    private static NetworkDelta DeleteVolunteer()
    {
        var delta = new NetworkDelta();
        delta.DeletedNodes.Add(Volunteer);
        delta.DeletedLinks.Add(7);
        delta.DeletedLinks.Add(8);
        return delta;
    }

    /// <summary>The base network plus interest groups 1020..1030 and 5000 in a ring of PartnersWith links 100.., applied as one delta.</summary>
    private static (NetworkSnapshot Snapshot, long[] Ids) ApplyAcrossChunks()
    {
        long[] ids = [.. Enumerable.Range(1020, 11).Select(i => (long)i), 5000];
        var delta = new NetworkDelta();
        foreach (var id in ids) delta.UpsertedNodes.Add(N(Organization($"兴趣小组{id}", OrganizationKind.InterestGroup, RegistrationStatus.Filed), id));
        for (var i = 0; i < ids.Length; i++) delta.UpsertedLinks.Add(L(100 + i, LinkType.PartnersWith, ids[i], ids[(i + 1) % ids.Length]));
        return (BuildBase().Apply(delta, sequence: 2), ids);
    }
}
