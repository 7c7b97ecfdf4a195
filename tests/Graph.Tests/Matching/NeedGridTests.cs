using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Demo;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Matching;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Tests.Matching;

/// <summary>
/// The grid of open needs (which needs a helper can reach in person) carried over to the next snapshot must equal the
/// grid built whole, after each kind of change that places a need differently.
/// </summary>
public sealed class NeedGridTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void CarriedOver_AfterEachKindOfChange_EqualsTheGridBuiltWhole()
    {
        var s = InMemoryNetwork.Build(SyntheticNetwork.Generate(31, 30), DateTimeOffset.UnixEpoch);
        var communities = s.Nodes<Area>().Where(a => a.Level == AreaLevel.Community && a.Point is not null).Take(2).ToList();
        long elder = 0, byArea = 0, own = 0;

        var steps = new (string What, Func<NetworkSnapshot, ChangeSet> Change)[]
        {
            ("an elder in a community with a need of no point of its own, and a need with its own point", _ =>
            {
                var set = new ChangeSet();
                var e = set.Create(new Elder { Name = "网格老人", AgeBand = AgeBand.From80To89, Living = LivingSituation.Alone, Mobility = Mobility.Independent });
                set.Link(LinkType.LocatedIn, e, communities[0].Id);
                var n = set.Create(new Need { Name = "网格助餐", Categories = ["meal.help"], Mode = NeedMode.Home, Status = NeedStatus.Open });
                set.Link(LinkType.HasNeed, e, n);
                var p = communities[0].Point!.Value;
                var m = set.Create(new Need { Name = "网格探访", Categories = ["companionship.visit"], Mode = NeedMode.Home, Status = NeedStatus.Open, Point = new GeoPoint(p.Lat + 0.1, p.Lon + 0.1) });
                set.Link(LinkType.HasNeed, communities[1].Id, m);
                return set;
            }),
            ("the elder's community moves, and the need placed by it", cur =>
            {
                (elder, byArea, own) = (cur.Nodes<Elder>().Single(e => e.Name == "网格老人").Id, cur.Nodes<Need>().Single(n => n.Name == "网格助餐").Id,
                    cur.Nodes<Need>().Single(n => n.Name == "网格探访").Id);
                var area = cur.Node<Area>(communities[0].Id)!;
                return CarriedOver.Set(set => set.Update(area with { Point = new GeoPoint(area.Point!.Value.Lat + 0.3, area.Point.Value.Lon) }));
            }),
            ("the elder moves to the other community", cur => CarriedOver.Set(set =>
            {
                set.Unlink(LinkType.LocatedIn, elder, communities[0].Id);
                set.Link(LinkType.LocatedIn, elder, communities[1].Id);
            })),
            ("the elder's need passes to the other community, and is placed by it", cur => CarriedOver.Set(set =>
            {
                set.Unlink(LinkType.HasNeed, elder, byArea);
                set.Link(LinkType.HasNeed, communities[0].Id, byArea);
            })),
            ("a need's own point moves", cur =>
            {
                var n = cur.Node<Need>(own)!;
                return CarriedOver.Set(set => set.Update(n with { Point = new GeoPoint(n.Point!.Value.Lat - 0.4, n.Point.Value.Lon) }));
            }),
            ("the other community moves, and the need it owns is placed by it anew", cur =>
            {
                var area = cur.Node<Area>(communities[1].Id)!;
                return CarriedOver.Set(set => set.Update(area with { Point = new GeoPoint(area.Point!.Value.Lat, area.Point.Value.Lon - 0.3) }));
            }),
            ("a need is met, and leaves the grid", cur => CarriedOver.Set(set => set.Update(cur.Node<Need>(byArea)! with { Status = NeedStatus.Met }))),
            ("a need is deleted", cur => CarriedOver.Set(set =>
            {
                foreach (var e in cur.Edges(own, Direction.Out)) set.Unlink(e.Type, own, e.OtherId);
                foreach (var e in cur.Edges(own, Direction.In)) set.Unlink(e.Type, e.OtherId, own);
                set.Delete(own, cur.Node(own)!.Version);
            })),
        };

        CarriedOver.AssertEachStep(s, steps, Now, next =>
        {
            var grid = NeedGrid.Of(next);
            return (grid.Updated, grid.Dump());
        }, next => NeedGrid.Build(next).Dump());
    }
}
