using System.Globalization;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Tests.Persistence;

public sealed class RandomChangeTests
{
    [SkippableTheory]
    [MemberData(nameof(TestStore.Stores), MemberType = typeof(TestStore))]
    public async Task Index_After1000RandomChangeSets_EqualsFreshLoad(string database)
    {
        await using var t = await TestStore.CreateAsync(database);
        Assert.True((await t.Writer.CommitAsync(MiniNetwork.Create(), "seed")).Succeeded);
        var random = new Random(20261128);
        int committed = 0, refused = 0;

        for (var i = 0; i < 1000; i++)
        {
            var before = t.Index.Current;
            var set = RandomSet(before, random, i);
            var result = await t.Writer.CommitAsync(set, "random");
            if (result.Succeeded)
            {
                committed++;
                Assert.Equal(before.Sequence + 1, t.Index.Current.Sequence);
            }
            else
            {
                refused++;
                Assert.Same(before, t.Index.Current);
            }
            if (i % 250 == 249) SnapshotDump.AssertSame(await t.Store.LoadAsync(), t.Index.Current);
        }

        SnapshotDump.AssertSame(await t.Store.LoadAsync(), t.Index.Current);
        Assert.Equal(committed + 1, await t.CountRowsAsync("change_log"));
        // Both outcomes must really have been exercised for the comparison to mean something.
        Assert.InRange(committed, 300, 1000);
        Assert.InRange(refused, 50, 700);
    }

    private static ChangeSet RandomSet(NetworkSnapshot s, Random random, int round)
    {
        var set = new ChangeSet();
        var communities = s.Nodes<Area>().Where(a => a.Level == AreaLevel.Community).ToList();
        var township = s.AreaByCode("430112001")!;
        var orgs = s.Nodes<Organization>().ToList();
        var volunteers = s.Nodes<Volunteer>().ToList();
        var touched = new HashSet<long>();
        var ops = random.Next(1, 5);
        for (var k = 0; k < ops; k++)
        {
            switch (random.Next(11))
            {
                case 0:
                    {
                        var free = Enumerable.Range(1, 199).Select(n => "430112001" + n.ToString("000", CultureInfo.InvariantCulture))
                            .FirstOrDefault(code => s.AreaByCode(code) is null && random.Next(3) == 0) ?? "430112001199";
                        var c = set.Create(new Area { Name = $"社区{round}", Code = free, Level = AreaLevel.Community, AreaKind = AreaKind.Community });
                        set.Link(LinkType.PartOf, c, township.Id);
                        break;
                    }
                case 1 or 2:
                    {
                        var v = set.Create(new Volunteer
                        {
                            Name = $"志愿者{round}-{k}", VolunteerNumber = $"R{random.Next(100000, 999999)}",
                            Category = VolunteerCategory.Resident, MaxTravelKm = random.Next(0, 11),
                            Skills = random.Next(2) == 0 ? ["companionship.visit"] : ["culture.dance", "recreation.games"],
                            Availability = WeeklySchedule.Of([random.Next(7)], 9, 12),
                        });
                        set.Link(LinkType.LocatedIn, v, communities[random.Next(communities.Count)].Id);
                        if (orgs.Count > 0 && random.Next(2) == 0) set.Link(LinkType.MemberOf, v, orgs[random.Next(orgs.Count)].Id);
                        break;
                    }
                case 3:
                    {
                        var o = set.Create(new Organization
                        {
                            Name = $"兴趣小组{round}", OrganizationKind = OrganizationKind.InterestGroup, Registration = RegistrationStatus.Filed,
                            Services = ["recreation.games"],
                        });
                        set.Link(LinkType.LocatedIn, o, communities[random.Next(communities.Count)].Id);
                        set.Link(LinkType.Serves, o, township.Id);
                        break;
                    }
                case 4 or 5 when volunteers.Count > 0:
                    {
                        var v = volunteers[random.Next(volunteers.Count)];
                        if (!touched.Add(v.Id)) break;
                        var stale = random.Next(6) == 0;
                        set.Update(v with { MaxTravelKm = random.Next(0, 11), Version = stale ? v.Version - 1 : v.Version, Name = v.Name + "·" });
                        break;
                    }
                case 6 when volunteers.Count > 3:
                    {
                        var v = volunteers[random.Next(volunteers.Count)];
                        if (touched.Add(v.Id)) set.Delete(v.Id, v.Version);
                        break;
                    }
                case 7 when orgs.Count > 1:
                    set.Link(LinkType.PartnersWith, orgs[random.Next(orgs.Count)].Id, orgs[random.Next(orgs.Count)].Id, weight: random.NextDouble());
                    break;
                case 8:
                    {
                        var memberships = s.Links().Where(l => l.Type is LinkType.MemberOf or LinkType.PartnersWith).ToList();
                        if (memberships.Count == 0) break;
                        var l = memberships[random.Next(memberships.Count)];
                        set.Unlink(l.Type, l.FromId, l.ToId);
                        break;
                    }
                case 9:
                    {
                        var links = s.Links().Where(l => l.Type == LinkType.PartnersWith).ToList();
                        if (links.Count == 0) break;
                        var l = links[random.Next(links.Count)];
                        set.UpdateLink(l with { Note = $"round {round}", Weight = Math.Round(random.NextDouble(), 2) });
                        break;
                    }
                default:
                    set.Create(new Volunteer { Name = "", VolunteerNumber = "bad!", Category = VolunteerCategory.Resident });
                    break;
            }
        }
        return set;
    }
}
