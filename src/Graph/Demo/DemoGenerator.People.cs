using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Demo;

internal sealed partial class DemoGenerator
{
    private const int VolunteerTarget = 600;
    private readonly HashSet<long> _ledGroups = [];

    private static readonly string[] PerformanceSkills = ["culture.performance", "culture.music", "culture.dance", "culture.opera"];

    private void CreateSocialWorkers()
    {
        foreach (var (agency, i) in _agencies.Select((a, i) => (a, i)))
        {
            var home = _townships[i];
            var supervisor = _set.Create(new SocialWorker
            {
                Name = PersonName(),
                Role = SocialWorkerRole.Agency,
                Qualification = i % 3 == 0 ? QualificationLevel.Senior : QualificationLevel.Intermediate,
                Skills = ["social-work.supervision", "social-work.training", "social-work.case"],
                Availability = OfficeHours,
                Capacity = 8,
                Point = Near(home.Point, 0.01),
                IsDemo = true,
                Description = Demo("机构督导社工"),
            });
            Link(LinkType.LocatedIn, supervisor, home.Id);
            Link(LinkType.EmployedBy, supervisor, agency, new DateOnly(2025, 9, 1));
            _agencySupervisors.Add(supervisor);
        }

        foreach (var t in _townships)
        {
            var supervisor = _agencySupervisors[_agencies.IndexOf(t.AgencyId)];
            var count = t.Index == 0 ? 3 : Between(2, 3);
            for (var i = 0; i < count; i++)
            {
                var worker = _set.Create(new SocialWorker
                {
                    Name = PersonName(),
                    Role = SocialWorkerRole.Station,
                    Qualification = StationQualification(),
                    Skills = ["social-work.case", .. PickSome(DemoData.SocialWorkSkills[1..], Between(1, 3))],
                    Availability = Chance(0.8) ? OfficeHours : WeeklySchedule.Parse("Mon-Sat 09-17"),
                    Capacity = Between(8, 15),
                    Point = Near(t.Point, 0.005),
                    IsDemo = true,
                    Description = Demo($"{t.Name}社工站驻站社工"),
                });
                Link(LinkType.LocatedIn, worker, t.Id);
                Link(LinkType.StationedAt, worker, t.StationId, YearStart);
                Link(LinkType.EmployedBy, worker, t.AgencyId, YearStart);
                Link(LinkType.Serves, worker, t.Id);
                Link(LinkType.Supervises, supervisor, worker, YearStart);
                if (i == 0) Link(LinkType.Leads, worker, t.StationId, YearStart, note: "站长");
                t.StationWorkers.Add(worker);
            }

            foreach (var c in t.Communities)
            {
                var worker = _set.Create(new SocialWorker
                {
                    Name = PersonName(),
                    Role = SocialWorkerRole.Community,
                    Qualification = Chance(0.5) ? QualificationLevel.Assistant : Chance(0.6) ? QualificationLevel.None : QualificationLevel.Intermediate,
                    Skills = PickSome(DemoData.SocialWorkSkills, Between(2, 3)),
                    Availability = OfficeHours,
                    Capacity = Between(4, 10),
                    Point = Near(c.Point, 0.002),
                    IsDemo = true,
                    Description = Demo($"{c.Name}社区社工"),
                });
                Link(LinkType.LocatedIn, worker, c.Id);
                Link(LinkType.StationedAt, worker, c.OfficeId, YearStart);
                Link(LinkType.Serves, worker, c.Id);
                if (Chance(0.65)) Link(LinkType.EmployedBy, worker, t.AgencyId, YearStart);
                Link(LinkType.Guides, Pick(t.StationWorkers), worker, YearStart);
                c.WorkerId = worker;
            }
        }

        for (var i = 0; i < 2; i++)
        {
            var worker = _set.Create(new SocialWorker
            {
                Name = PersonName(),
                Role = SocialWorkerRole.Medical,
                Qualification = QualificationLevel.Intermediate,
                Skills = ["health.mental", "companionship.escort", "health.rehab", "social-work.case"],
                Situations = ["disabled", "partly-disabled"],
                Availability = OfficeHours,
                Capacity = 12,
                Point = Near(_townships[0].Point, 0.01),
                IsDemo = true,
                Description = Demo("康养机构医务社工"),
            });
            Link(LinkType.LocatedIn, worker, _districtId);
            Link(LinkType.EmployedBy, worker, _guozeId, YearStart);
            Link(LinkType.Serves, worker, _districtId);
            _medicalWorkers.Add(worker);
        }
    }

    private QualificationLevel StationQualification() => _random.NextDouble() switch
    {
        < 0.1 => QualificationLevel.None,
        < 0.55 => QualificationLevel.Assistant,
        < 0.93 => QualificationLevel.Intermediate,
        _ => QualificationLevel.Senior,
    };

    private void CreateVolunteers()
    {
        // Skewed on purpose: a few communities have many volunteers, many have few, some none (a gap to find).
        var weights = _communities.Select(_ => Chance(0.08) ? 0 : 0.15 + 3 * Math.Pow(_random.NextDouble(), 2.5)).ToArray();
        var total = weights.Sum();
        foreach (var (c, w) in _communities.Zip(weights))
        {
            var count = (int)Math.Round(VolunteerTarget * w / total);
            for (var i = 0; i < count; i++) CreateVolunteer(c);
        }
    }

    private void CreateVolunteer(DemoCommunity c)
    {
        var t = c.Township;
        var roll = _random.NextDouble();
        var category = roll < (c.IsVillage ? 0.6 : 0.7) ? VolunteerCategory.YoungerElder
            : roll < 0.85 ? VolunteerCategory.Resident
            : roll < 0.97 ? VolunteerCategory.Student
            : VolunteerCategory.Professional;
        var pool = category switch
        {
            VolunteerCategory.YoungerElder => DemoData.ElderVolunteerSkills,
            VolunteerCategory.Student => DemoData.StudentSkills,
            _ => DemoData.ResidentSkills,
        };
        var skills = PickSome(pool, Between(1, 3));
        var number = "WC" + Inv($"{++_volunteerNumber:000000}");
        var id = _set.Create(new Volunteer
        {
            Name = PersonName(),
            VolunteerNumber = number,
            Category = category,
            Skills = skills,
            Situations = Chance(0.15) ? ["disabled", "partly-disabled"] : [],
            Availability = Pick(DemoData.VolunteerHours),
            MaxTravelKm = Between(1, 10),
            Capacity = Between(1, 3),
            Point = Near(c.Point, 0.004),
            IsDemo = true,
            Description = Demo(category switch
            {
                VolunteerCategory.YoungerElder => "低龄老人志愿者",
                VolunteerCategory.Student => "学生志愿者",
                VolunteerCategory.Professional => "专业志愿者",
                _ => "社区居民志愿者",
            }),
        });
        Link(LinkType.LocatedIn, id, c.Id);

        var team = c.TeamId ?? t.TeamId;
        Link(LinkType.MemberOf, id, team, DayIn2026(1, 6));
        if (c.Volunteers.Count == 0 && c.TeamId is { } own) Link(LinkType.Leads, id, own, note: "队长");
        if (c.TroupeId is { } troupe && skills.Any(PerformanceSkills.Contains)) Link(LinkType.MemberOf, id, troupe);
        foreach (var (group, service) in c.Groups)
        {
            if (!skills.Contains(service)) continue;
            Link(LinkType.MemberOf, id, group);
            if (_ledGroups.Add(group)) Link(LinkType.Leads, id, group, note: "组长");
        }
        if (Chance(0.1)) Link(LinkType.Supervises, c.OfficeId, id, note: "志愿服务督导");
        c.Volunteers.Add((id, skills));
    }

    private void CreateElders()
    {
        foreach (var c in _communities)
        {
            var count = Between(1, 5);
            for (var i = 0; i < count; i++)
            {
                var age = _random.NextDouble() switch
                {
                    < 0.25 => AgeBand.From60To69,
                    < 0.6 => AgeBand.From70To79,
                    < 0.9 => AgeBand.From80To89,
                    _ => AgeBand.From90,
                };
                var (disabled, partly) = age switch
                {
                    AgeBand.From60To69 => (0.05, 0.1),
                    AgeBand.From70To79 => (0.1, 0.15),
                    AgeBand.From80To89 => (0.2, 0.25),
                    _ => (0.35, 0.3),
                };
                var roll = _random.NextDouble();
                var mobility = roll < disabled ? Mobility.Disabled : roll < disabled + partly ? Mobility.PartlyDisabled : Mobility.Independent;
                var living = _random.NextDouble() switch
                {
                    < 0.2 => LivingSituation.Alone,
                    < 0.55 => LivingSituation.WithSpouse,
                    < 0.95 => LivingSituation.WithFamily,
                    _ => LivingSituation.InCare,
                };
                var situations = new List<string>();
                if (age >= AgeBand.From80To89) situations.Add("very-old");
                if (mobility == Mobility.Disabled) situations.Add("disabled");
                if (mobility == Mobility.PartlyDisabled) situations.Add("partly-disabled");
                if (living == LivingSituation.Alone) situations.Add("living-alone");
                if (living == LivingSituation.WithSpouse) situations.Add("empty-nest");
                if (Chance(0.08)) situations.Add("minimum-income");
                if (c.IsVillage && living is LivingSituation.Alone or LivingSituation.WithSpouse && Chance(0.3)) situations.Add("left-behind");
                var elder = new Elder
                {
                    Name = PersonName(),
                    AgeBand = age,
                    Living = living,
                    Mobility = mobility,
                    Situations = situations,
                    Interests = PickSome(DemoData.Interests, Between(1, 3)),
                    Address = "示例地址",
                    IsDemo = true,
                    Description = Demo("示例老人，非真实个人信息"),
                };
                var id = _set.Create(elder);
                Link(LinkType.LocatedIn, id, c.Id);
                if (mobility == Mobility.Independent && Chance(0.35))
                {
                    var match = c.Groups.FirstOrDefault(g => elder.Interests.Contains(g.Service));
                    if (match.Id != 0) Link(LinkType.MemberOf, id, match.Id);
                }
                c.Elders.Add((id, elder));
            }
        }
    }
}
