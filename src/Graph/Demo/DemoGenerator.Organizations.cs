using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Demo;

internal sealed partial class DemoGenerator
{
    private const string RealButIllustrativeLinks = "机构为真实单位；本演示网络中与其相关的合作关系、活动与数据均为示例，不代表实际情况";

    private void CreateNamedOrganizations()
    {
        _civilAffairsId = AddOrganization(new Organization
        {
            Name = "望城区民政局",
            OrganizationKind = OrganizationKind.GovernmentDepartment,
            Registration = RegistrationStatus.NotApplicable,
            Services = ["funding.grant", "social-work.supervision"],
            Point = new GeoPoint(28.3470, 112.8190),
            Description = $"望城区政府民政工作部门，统筹社工站建设，以政府购买服务支持养老服务。{RealButIllustrativeLinks}",
        }, _districtId);
        Link(LinkType.Serves, _civilAffairsId, _districtId);

        _universityId = AddOrganization(new Organization
        {
            Name = "长沙市快乐老人大学",
            OrganizationKind = OrganizationKind.EducationUnit,
            Registration = RegistrationStatus.NotApplicable,
            Services = ["education.elder-university", "education.smart-devices", "culture.calligraphy", "culture.music", "culture.dance"],
            Point = new GeoPoint(28.2100, 112.9700),
            Availability = WeeklySchedule.Parse("Mon-Fri 08-17"),
            Description = $"老年教育单位（老年大学），开设智能手机、书法、声乐、舞蹈等课程。{RealButIllustrativeLinks}",
        }, _cityId);
        Link(LinkType.Serves, _universityId, _cityId);
        Link(LinkType.Serves, _universityId, _districtId);

        _newspaperId = AddOrganization(new Organization
        {
            Name = "快乐老人报",
            OrganizationKind = OrganizationKind.Media,
            Registration = RegistrationStatus.NotApplicable,
            Services = ["media.coverage", "education.anti-fraud", "education.health-literacy"],
            Point = new GeoPoint(28.2050, 112.9720),
            Description = $"面向老年读者的报纸媒体。{RealButIllustrativeLinks}",
        }, _cityId);
        Link(LinkType.Serves, _newspaperId, _cityId);

        _industryId = AddOrganization(new Organization
        {
            Name = "湖南快乐老人产业公司",
            OrganizationKind = OrganizationKind.MarketEntity,
            Registration = RegistrationStatus.NotApplicable,
            Services = ["recreation.outing", "education.health-literacy"],
            Point = new GeoPoint(28.2060, 112.9710),
            Description = $"老年文化与服务产业企业。{RealButIllustrativeLinks}",
        }, _cityId);
        Link(LinkType.Serves, _industryId, _cityId);

        _guozeId = AddOrganization(new Organization
        {
            Name = "长沙市望城区国泽康养产业发展有限公司",
            OrganizationKind = OrganizationKind.MarketEntity,
            Registration = RegistrationStatus.NotApplicable,
            Services = ["meal.help", "meal.delivery", "care.daily", "cleaning.help", "health.check"],
            Point = new GeoPoint(28.3520, 112.8230),
            Availability = WeeklySchedule.Parse("Mon-Sun 08-18"),
            Description = $"望城区国有养老服务企业，运营长者食堂等养老服务设施。{RealButIllustrativeLinks}",
        }, _districtId);
        Link(LinkType.Serves, _guozeId, _districtId);

        Link(LinkType.PartnersWith, _newspaperId, _universityId, YearStart, 0.9, "老年教育与宣传合作（示例）");
        Link(LinkType.PartnersWith, _industryId, _universityId, YearStart, 0.7, "示例");
        Link(LinkType.PartnersWith, _guozeId, _civilAffairsId, YearStart, 0.8, "养老服务设施运营（示例）");

        _foundationId = AddOrganization(new Organization
        {
            Name = "望城区乐龄公益基金",
            OrganizationKind = OrganizationKind.Foundation,
            Registration = RegistrationStatus.Registered,
            Services = ["funding.grant", "material.supplies"],
            Point = Near(new GeoPoint(28.3476, 112.8196), 0.01),
            IsDemo = true,
            Description = Demo("资助社区文化养老与志愿服务的公益基金"),
        }, _districtId);
        Link(LinkType.Serves, _foundationId, _districtId);

        for (var i = 0; i < DemoData.Agencies.Length; i++)
        {
            var homeTownship = _townships[i];
            var agency = AddOrganization(new Organization
            {
                Name = DemoData.Agencies[i],
                OrganizationKind = OrganizationKind.SocialWorkAgency,
                Registration = RegistrationStatus.Registered,
                Services = ["social-work.case", "social-work.group", "social-work.community", "social-work.supervision", "social-work.training"],
                Point = Near(homeTownship.Point, 0.01),
                Capacity = 40,
                Availability = OfficeHours,
                IsDemo = true,
                Description = Demo($"在民政部门登记的社会工作服务机构，承接{homeTownship.Name}等街镇社工站运营"),
            }, homeTownship.Id);
            _agencies.Add(agency);
            Link(LinkType.Guides, _civilAffairsId, agency, YearStart);
        }
    }

    private void CreateTownshipOrganizations()
    {
        foreach (var t in _townships)
        {
            t.AgencyId = _agencies[t.Index % _agencies.Count];
            Link(LinkType.Serves, t.AgencyId, t.Id, YearStart);

            t.StationId = AddOrganization(new Organization
            {
                Name = t.Name + "社工站",
                OrganizationKind = OrganizationKind.SocialWorkStation,
                Registration = RegistrationStatus.NotApplicable,
                Services = ["social-work.case", "social-work.group", "social-work.community", "companionship.visit", "social-work.training"],
                Point = Near(t.Point, 0.005),
                Capacity = 30,
                Availability = OfficeHours,
                IsDemo = true,
                Description = Demo($"{t.Name}社会工作服务站，统筹辖区社区社会工作室，链接五社资源"),
            }, t.Id);
            Link(LinkType.Serves, t.StationId, t.Id, YearStart);
            Link(LinkType.Supervises, t.AgencyId, t.StationId, YearStart, note: "运营与专业督导");
            Link(LinkType.Guides, _civilAffairsId, t.StationId, YearStart);
            Link(LinkType.PartnersWith, t.StationId, _universityId, YearStart, 0.8, "老年大学课程进站（示例）");
            if (t.Index % 3 == 0) Link(LinkType.PartnersWith, t.StationId, _newspaperId, YearStart, 0.5, "活动宣传（示例）");
            if (t.Index % 3 == 1) Link(LinkType.PartnersWith, t.StationId, _guozeId, YearStart, 0.6, "助餐与照护转介（示例）");
            if (t.Index % 5 == 2) Link(LinkType.PartnersWith, t.StationId, _industryId, YearStart, 0.4, "示例");

            t.AssociationId = AddOrganization(new Organization
            {
                Name = t.Name + "老年协会",
                OrganizationKind = OrganizationKind.ElderlyAssociation,
                Registration = t.Index % 4 == 0 ? RegistrationStatus.Registered : RegistrationStatus.Filed,
                Services = ["recreation.festival", "companionship.visit", "recreation.games"],
                Point = Near(t.Point, 0.01),
                IsDemo = true,
                Description = Demo($"{t.Name}老年人自我服务组织"),
            }, t.Id);
            Link(LinkType.Serves, t.AssociationId, t.Id);
            Link(LinkType.Guides, t.StationId, t.AssociationId, YearStart);

            t.CulturalUnitId = AddOrganization(new Organization
            {
                Name = t.Name + "综合文化站",
                OrganizationKind = OrganizationKind.CulturalUnit,
                Registration = RegistrationStatus.NotApplicable,
                Services = ["culture.performance", "culture.reading", "recreation.festival"],
                Point = Near(t.Point, 0.01),
                Availability = WeeklySchedule.Parse("Tue-Sun 09-17"),
                IsDemo = true,
                Description = Demo($"{t.Name}公共文化服务单位"),
            }, t.Id);
            Link(LinkType.Serves, t.CulturalUnitId, t.Id);
            Link(LinkType.PartnersWith, t.StationId, t.CulturalUnitId, YearStart, 0.9, "场地与文艺资源");

            t.TeamId = AddOrganization(new Organization
            {
                Name = t.Name + "低龄老人志愿服务队",
                OrganizationKind = OrganizationKind.VolunteerTeam,
                Registration = RegistrationStatus.Filed,
                Services = ["companionship.visit", "companionship.phone", "recreation.festival", "education.anti-fraud"],
                Point = Near(t.Point, 0.01),
                Capacity = 15,
                Availability = WeeklySchedule.Parse("Mon-Sat 09-17"),
                IsDemo = true,
                Description = Demo($"以低龄老人为主体的{t.Name}志愿服务队，开展探访、电话问候与节庆服务"),
            }, t.Id);
            Link(LinkType.Serves, t.TeamId, t.Id);
            Link(LinkType.MemberOf, t.TeamId, t.AssociationId);
            Link(LinkType.Guides, t.StationId, t.TeamId, YearStart);
            Link(LinkType.Trains, t.AgencyId, t.TeamId, new DateOnly(2026, 3, 1), note: "志愿者服务技巧培训");
            if (t.Index % 2 == 0) Link(LinkType.Trains, _universityId, t.TeamId, new DateOnly(2026, 4, 1), note: "智能手机教学讲师培训（示例）");
        }
    }

    private void CreateCommunityOrganizations()
    {
        var canteens = 0;
        foreach (var c in _communities)
        {
            var t = c.Township;
            c.OfficeId = AddOrganization(new Organization
            {
                Name = c.Name + "社会工作室",
                OrganizationKind = OrganizationKind.SocialWorkOffice,
                Registration = RegistrationStatus.NotApplicable,
                Services = ["social-work.case", "social-work.community", "companionship.visit"],
                Point = Near(c.Point, 0.002),
                Capacity = 10,
                Availability = OfficeHours,
                IsDemo = true,
                Description = Demo($"{c.Name}社区社会工作室，{t.Name}社工站的服务点"),
            }, c.Id);
            Link(LinkType.Serves, c.OfficeId, c.Id);
            Link(LinkType.PartOf, c.OfficeId, t.StationId);

            var groupCount = c.IsVillage ? (Chance(0.7) ? 1 : 0) : Between(1, 2);
            foreach (var (label, service) in PickSome(DemoData.InterestGroups, groupCount))
            {
                var group = AddOrganization(new Organization
                {
                    Name = $"{c.Name}{label}兴趣小组",
                    OrganizationKind = OrganizationKind.InterestGroup,
                    Registration = RegistrationStatus.Filed,
                    Services = [service],
                    Point = Near(c.Point, 0.003),
                    Capacity = Between(2, 5),
                    IsDemo = true,
                    Availability = Pick(DemoData.ClassHours).Union(Pick(DemoData.ClassHours)),
                    Description = Demo($"{c.Name}老年人{label}兴趣小组，社区备案"),
                }, c.Id);
                Link(LinkType.Serves, group, c.Id);
                Link(LinkType.MemberOf, group, t.AssociationId);
                Link(LinkType.Guides, c.OfficeId, group);
                if (Chance(0.35)) Link(LinkType.Incubates, t.AgencyId, group, DayIn2026(1, 6), note: "社区社会组织孵化");
                else if (Chance(0.4)) Link(LinkType.Empowers, t.StationId, group, DayIn2026(1, 6), note: "骨干能力建设");
                c.Groups.Add((group, service));
            }

            if (Chance(0.42))
            {
                var (suffix, art) = Pick(DemoData.Troupes);
                var homeDelivery = Chance(0.45);
                IReadOnlyList<string> services = homeDelivery
                    ? ["culture.performance", "culture.performance.home-delivery", art]
                    : ["culture.performance", art];
                var troupe = AddOrganization(new Organization
                {
                    Name = c.Name + suffix,
                    OrganizationKind = OrganizationKind.ArtTroupe,
                    Registration = RegistrationStatus.Filed,
                    Services = services,
                    Point = Near(c.Point, 0.003),
                    Capacity = Between(2, 6),
                    Situations = homeDelivery && Chance(0.5) ? ["disabled", "partly-disabled", "very-old"] : [],
                    Availability = Pick(DemoData.VolunteerHours).Union(WeeklySchedule.Parse("Sat 14-17")),
                    IsDemo = true,
                    Description = Demo(homeDelivery
                        ? $"{c.Name}老年文艺队，常态化为失能、半失能老人送节目上门"
                        : $"{c.Name}老年文艺队，参加社区与街镇文艺演出"),
                }, c.Id);
                Link(LinkType.Serves, troupe, c.Id);
                if (homeDelivery)
                {
                    Link(LinkType.Serves, troupe, t.Id);
                    t.HomeDeliveryTroupes.Add(troupe);
                }
                Link(LinkType.MemberOf, troupe, t.AssociationId);
                Link(LinkType.Empowers, t.StationId, troupe, DayIn2026(1, 5), note: "节目编排与送节目上门能力建设");
                if (Chance(0.35)) Link(LinkType.Guides, _universityId, troupe, DayIn2026(2, 6), note: "老年大学教师指导（示例）");
                if (Chance(0.25)) Link(LinkType.Incubates, t.AgencyId, troupe, DayIn2026(1, 4));
                c.TroupeId = troupe;
                t.Troupes.Add(troupe);
            }

            if (Chance(c.IsVillage ? 0.45 : 0.6))
            {
                var team = AddOrganization(new Organization
                {
                    Name = c.Name + "志愿服务队",
                    OrganizationKind = OrganizationKind.VolunteerTeam,
                    Registration = RegistrationStatus.Filed,
                    Services = PickSome(["companionship.visit", "companionship.phone", "meal.delivery", "cleaning.help", "education.smart-devices"], Between(2, 3)),
                    Point = Near(c.Point, 0.003),
                    Capacity = Between(3, 10),
                    Availability = Pick(DemoData.VolunteerHours),
                    IsDemo = true,
                    Description = Demo($"{c.Name}居民与低龄老人志愿服务队"),
                }, c.Id);
                Link(LinkType.Serves, team, c.Id);
                Link(LinkType.PartOf, team, t.TeamId);
                Link(LinkType.Guides, c.OfficeId, team);
                if (Chance(0.3)) Link(LinkType.Trains, t.AgencyId, team, DayIn2026(2, 6), note: "探访服务培训");
                c.TeamId = team;
            }

            if (!c.IsVillage && canteens < 12 && Chance(0.2))
            {
                canteens++;
                var canteen = AddOrganization(new Organization
                {
                    Name = c.Name + "长者食堂",
                    OrganizationKind = OrganizationKind.MarketEntity,
                    Registration = RegistrationStatus.NotApplicable,
                    Services = ["meal.help", "meal.delivery"],
                    Point = Near(c.Point, 0.002),
                    Capacity = Between(20, 60),
                    Availability = WeeklySchedule.Parse("Mon-Sun 10-13, Mon-Sun 16-18"),
                    IsDemo = true,
                    Description = Demo($"{c.Name}长者食堂，提供老年助餐与送餐"),
                }, c.Id);
                Link(LinkType.Serves, canteen, c.Id);
                Link(LinkType.PartOf, canteen, _guozeId, YearStart, note: "运营网点（示例）");
                Link(LinkType.PartnersWith, c.OfficeId, canteen);
                c.CanteenId = canteen;
            }
        }
    }
}
