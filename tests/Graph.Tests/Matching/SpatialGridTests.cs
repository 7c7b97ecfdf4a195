using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Demo;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Matching;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Tests.Matching;

/// <summary>
/// The place grid of a snapshot made from the grid before it must equal the grid built whole: after each kind of
/// change that moves a helper, changes what it offers or when, or changes its records.
/// </summary>
public sealed class SpatialGridTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Of_AfterEachKindOfChange_EqualsTheGridBuiltWhole()
    {
        var s = InMemoryNetwork.Build(SyntheticNetwork.Generate(31, 30), DateTimeOffset.UnixEpoch);
        var community = s.Nodes<Area>().First(a => a.Level == AreaLevel.Community && a.Point is not null);
        var volunteer = s.Nodes<Volunteer>().First(v => v.Point is not null && v.Skills.Count > 0);
        var rated = s.Nodes<ServiceRecord>().First(r => r.Rating is not null && s.Node(r.ServedById) is Volunteer);
        var org = s.Nodes<Organization>().First(o => o.Point is not null && s.Edges(o.Id, Direction.In, LinkType.OrganizedBy).Count == 0
            && s.Edges(o.Id, Direction.In, LinkType.HasNeed).Count == 0 && s.ReferencedBy(o.Id).Count == 0);
        long placeless = 0;

        var steps = new (string What, Func<NetworkSnapshot, ChangeSet> Change)[]
        {
            ("a volunteer with no point of its own, placed by its community", _ =>
            {
                var set = new ChangeSet();
                var v = set.Create(new Volunteer { Name = "无坐标志愿者", VolunteerNumber = "VGRID0001", Category = VolunteerCategory.Resident, Skills = ["companionship.visit"], MaxTravelKm = 5 });
                set.Link(LinkType.LocatedIn, v, community.Id);
                return set;
            }),
            ("the community moves, and the volunteer with it", cur =>
            {
                var area = cur.Node<Area>(community.Id)!;
                return CarriedOver.Set(set => set.Update(area with { Point = new GeoPoint(area.Point!.Value.Lat + 0.2, area.Point.Value.Lon) }));
            }),
            ("a volunteer moves, learns a skill and changes its hours", cur =>
            {
                var v = cur.Node<Volunteer>(volunteer.Id)!;
                return CarriedOver.Set(set => set.Update(v with
                {
                    Point = new GeoPoint(v.Point!.Value.Lat - 0.3, v.Point.Value.Lon + 0.3),
                    Skills = [.. v.Skills.Append("meal.delivery").Distinct()],
                    Availability = WeeklySchedule.Parse("Sat 09-12"),
                }));
            }),
            ("a rating changes a volunteer's track record", cur =>
            {
                var r = cur.Node<ServiceRecord>(rated.Id)!;
                return CarriedOver.Set(set => set.Update(r with { Rating = r.Rating == 1 ? 5 : 1 }));
            }),
            ("the placeless volunteer leaves its community", cur =>
            {
                placeless = cur.VolunteerByNumber("VGRID0001")!.Id;
                return CarriedOver.Set(set => set.Unlink(LinkType.LocatedIn, placeless, community.Id));
            }),
            ("an organization is deleted", cur => CarriedOver.Set(set =>
            {
                foreach (var e in cur.Edges(org.Id, Direction.Out)) set.Unlink(e.Type, org.Id, e.OtherId);
                foreach (var e in cur.Edges(org.Id, Direction.In)) set.Unlink(e.Type, e.OtherId, org.Id);
                set.Delete(org.Id, cur.Node(org.Id)!.Version);
            })),
        };

        CarriedOver.AssertEachStep(s, steps, Now, next =>
        {
            var grid = SpatialGrid.Of(next);
            return (grid.Updated, grid.Dump());
        }, next => SpatialGrid.Build(next).Dump());
    }
}
