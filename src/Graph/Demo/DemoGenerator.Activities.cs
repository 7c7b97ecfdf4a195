using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Demo;

internal sealed partial class DemoGenerator
{
    private const int SmartClassLimit = 42;

    private readonly List<long> _projects = [];

    // The schedules of the activities each venue hosts, so the demo's bookings keep clear of them.
    private readonly Dictionary<long, List<TimeWindow>> _hosted = [];

    // Each activity, where it is held and what it offers, so the purchased projects can take on those of their own.
    private readonly List<(long Id, long AreaId, IReadOnlyList<string> Services)> _activities = [];

    private long AddActivity(Activity activity, long areaId, long? venueId, IEnumerable<long> organizers, IEnumerable<long> deliverers)
    {
        var id = _set.Create(activity);
        _activities.Add((id, areaId, activity.Services));
        Link(LinkType.LocatedIn, id, areaId);
        if (venueId is { } venue)
        {
            Link(LinkType.HostedAt, id, venue);
            if (!_hosted.TryGetValue(venue, out var schedules)) _hosted[venue] = schedules = [];
            schedules.Add(activity.Schedule);
        }
        foreach (var o in organizers) Link(LinkType.OrganizedBy, id, o);
        foreach (var d in deliverers) TryLink(LinkType.DeliveredBy, id, d);
        return id;
    }

    private void CreateActivities()
    {
        var classes = 0;
        foreach (var c in _communities)
        {
            if (classes >= SmartClassLimit || c.VenueId is not { } venue || !Chance(0.6)) continue;
            classes++;
            var deliverers = new List<long>();
            var group = c.Groups.FirstOrDefault(g => g.Service == "education.smart-devices");
            if (group.Id != 0) deliverers.Add(group.Id);
            var teacher = c.Volunteers.FirstOrDefault(v => v.Skills.Contains("education.smart-devices"));
            if (teacher.Id != 0) deliverers.Add(teacher.Id);
            if (deliverers.Count == 0) deliverers.Add(c.TeamId ?? c.Township.TeamId);
            var id = AddActivity(new Activity
            {
                Name = c.Name + "智慧工具课堂",
                Services = ["education.smart-devices", "education.anti-fraud"],
                Schedule = new TimeWindow { From = new DateOnly(2026, 3, 2), To = new DateOnly(2026, 12, 28), Weekly = Pick(DemoData.ClassHours) },
                Participants = Between(12, 30),
                IsDemo = true,
                Description = Demo("每周一次，低龄老人志愿者教高龄老人使用智能手机：扫码、视频通话、防诈骗"),
            }, c.Id, venue, [c.OfficeId], deliverers);
            if (teacher.Id != 0) Link(LinkType.Leads, teacher.Id, id);
            c.Activities.Add(id);
        }

        var doubleNinth = new TimeWindow { From = DoubleNinth, To = DoubleNinth, Weekly = WeeklySchedule.Parse("Sun 09-12") };
        foreach (var t in _townships)
        {
            IEnumerable<long> performers = t.Troupes.Count > 0 ? PickSome(t.Troupes, 3) : [t.AssociationId];
            AddActivity(new Activity
            {
                Name = t.Name + "2026年重阳节文艺汇演",
                Services = ["culture.performance", "recreation.festival"],
                Schedule = doubleNinth,
                Participants = Between(150, 400),
                IsDemo = true,
                Description = Demo("重阳节（2026年10月18日）社区老年文艺队汇报演出"),
            }, t.Id, t.HallId, [t.StationId, t.CulturalUnitId], performers);

            if (t.HomeDeliveryTroupes.Count > 0)
            {
                AddActivity(new Activity
                {
                    Name = t.Name + "重阳节送节目上门",
                    Services = ["culture.performance.home-delivery"],
                    Schedule = new TimeWindow { From = new DateOnly(2026, 10, 16), To = new DateOnly(2026, 10, 25), Weekly = WeeklySchedule.Parse("Mon-Sun 09-11, Mon-Sun 15-17") },
                    Participants = Between(10, 40),
                    IsDemo = true,
                    Description = Demo("文艺队为失能、半失能老人入户表演"),
                }, t.Id, null, [t.StationId], t.HomeDeliveryTroupes);
            }
        }

        string[] subjects = ["书法班", "合唱班", "智能手机班", "舞蹈班"];
        string[] subjectServices = ["culture.calligraphy", "culture.music", "education.smart-devices", "culture.dance"];
        foreach (var t in _townships.Where(t => t.Kind == AreaKind.Subdistrict).Take(8))
        {
            var s = t.Index % subjects.Length;
            AddActivity(new Activity
            {
                Name = $"快乐老人大学{t.Name}教学点{subjects[s]}",
                Services = [subjectServices[s], "education.elder-university"],
                Schedule = new TimeWindow { From = new DateOnly(2026, 3, 2), To = new DateOnly(2026, 6, 29), Weekly = WeeklySchedule.Parse("Mon 09-11") },
                Participants = Between(25, 45),
                IsDemo = true,
                Description = Demo("老年大学课程进社工站，春季学期"),
            }, t.Id, t.HallId, [_universityId, t.StationId], [_universityId]);
        }

        var lectures = 0;
        foreach (var c in _communities.Where(c => c.VenueId is not null && c.TeamId is not null))
        {
            if (lectures == 6) break;
            if (!Chance(0.3)) continue;
            lectures++;
            var day = DayIn2026(4, 9);
            c.Activities.Add(AddActivity(new Activity
            {
                Name = $"防诈骗宣传进社区（{c.Name}）",
                Services = ["education.anti-fraud"],
                Schedule = new TimeWindow { From = day, To = day, Weekly = WeeklySchedule.Of([(int)day.DayOfWeek == 0 ? 6 : (int)day.DayOfWeek - 1], 9, 11) },
                Participants = Between(30, 80),
                IsDemo = true,
                Description = Demo("媒体与社区志愿服务队联合开展的防诈骗宣传"),
            }, c.Id, c.VenueId, [_newspaperId, c.OfficeId], [_newspaperId, c.TeamId!.Value]));
        }
    }

    private void CreateProjects()
    {
        var subdistricts = _townships.Where(t => t.Kind == AreaKind.Subdistrict).ToList();
        var towns = _townships.Where(t => t.Kind == AreaKind.Town).ToList();
        var canteenTownships = _communities.Where(c => c.CanteenId is not null).Select(c => c.Township).Distinct().ToList();

        AddProject("2026年望城区乡镇（街道）社工站运营服务项目", ["social-work.case", "social-work.group", "social-work.community"], 3_600_000m,
            ["15个社工站常态化运营", "每站配备不少于2名驻站社工", "个案服务不少于300例", "培育社区社会组织不少于30个"],
            _agencies, _townships, new ProjectTargets { EldersReached = 300, ReferralsCompleted = 100 });
        AddProject("文化养老“送节目上门”服务项目", ["culture.performance.home-delivery", "culture.performance"], 480_000m,
            ["为失能、半失能老人送节目上门不少于200场", "培育送节目上门文艺队10支", "重阳节集中展演15场"],
            [_agencies[2]], _townships.Where(t => t.HomeDeliveryTroupes.Count > 0).Take(6), new ProjectTargets { Activities = 215, EldersReached = 200 });
        AddProject("智慧助老“智慧工具课堂”项目", ["education.smart-devices", "education.anti-fraud"], 360_000m,
            ["开设智慧工具课堂40个", "培训低龄老人志愿者讲师60名", "受益老人不少于1200人次"],
            [_agencies[3], _universityId], subdistricts.Take(6), new ProjectTargets { Activities = 40, EldersReached = 1200 });
        AddProject("低龄老人志愿服务赋能项目", ["social-work.training", "companionship.visit"], 260_000m,
            ["培训低龄老人志愿者300人次", "建立探访服务台账", "时间银行记录服务时长不少于2000小时"],
            [_agencies[4]], towns, new ProjectTargets { Hours = 2000 });
        AddProject("社区长者食堂助餐服务项目", ["meal.help", "meal.delivery"], 900_000m,
            ["长者食堂每日供餐", "为高龄、失能老人送餐上门不少于500人"],
            [_guozeId], canteenTownships, new ProjectTargets { EldersReached = 500 });
        Link(LinkType.Donates, _foundationId, _projects[1], new DateOnly(2026, 2, 1), note: "配套资金（示例）");
    }

    private void AddProject(string name, IReadOnlyList<string> services, decimal budget, IReadOnlyList<string> deliverables,
        IEnumerable<long> providers, IEnumerable<DemoTownship> served, ProjectTargets targets)
    {
        var id = _set.Create(new Project
        {
            Name = name,
            Services = services,
            Budget = budget,
            Deliverables = deliverables,
            Targets = targets,
            Period = new TimeWindow { From = YearStart, To = YearEnd },
            IsDemo = true,
            Description = Demo("望城区民政局政府购买服务项目"),
        });
        Link(LinkType.Contracts, _civilAffairsId, id, YearStart);
        foreach (var p in providers) Link(LinkType.DeliveredBy, id, p, YearStart);
        var townships = served.ToList();
        foreach (var t in townships) Link(LinkType.Serves, id, t.Id, YearStart);
        _projects.Add(id);
        // The activities of what it buys, in the townships it serves, are delivered under it: its first provider delivers them too.
        var servedIds = townships.Select(t => t.Id).ToHashSet();
        var inServed = _communities.Where(c => servedIds.Contains(c.Township.Id)).Select(c => c.Id).Concat(servedIds).ToHashSet();
        var provider = providers.First();
        foreach (var (activity, area, offered) in _activities)
        {
            if (inServed.Contains(area) && offered.Any(o => services.Any(s => o == s || Taxonomy.ServiceTaxonomy.IsWithin(o, s))))
                TryLink(LinkType.DeliveredBy, activity, provider, YearStart);
        }
    }
}
