using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Demo;

internal sealed partial class DemoGenerator
{
    private static readonly (string Label, string Service, int MinCapacity, int MaxCapacity)[] VenueKinds =
    [
        ("党群服务中心活动室", "venue.hall", 30, 80),
        ("老年人活动中心礼堂", "venue.hall", 80, 200),
        ("文化广场", "venue.square", 150, 500),
        ("老年学堂教室", "venue.classroom", 20, 45),
    ];

    private long AddResource(Resource resource, long areaId, long? ownerId)
    {
        var id = _set.Create(resource);
        Link(LinkType.LocatedIn, id, areaId);
        if (ownerId is { } owner) Link(LinkType.Owns, owner, id);
        return id;
    }

    private void CreateResources()
    {
        foreach (var t in _townships)
        {
            t.HallId = AddResource(new Resource
            {
                Name = t.Name + "综合文化站礼堂",
                ResourceKind = ResourceKind.Venue,
                Services = ["venue.hall", "culture.performance"],
                Capacity = Between(200, 450),
                Equipment = ["舞台", "音响", "灯光", "投影仪", "空调"],
                Accessible = true,
                OpeningHours = WeeklySchedule.Parse("Tue-Sun 09-17"),
                Point = Near(t.Point, 0.005),
                IsDemo = true,
                Description = Demo("街镇综合文化站演出礼堂，可承办汇演与讲座"),
            }, t.Id, t.CulturalUnitId);

            AddResource(new Resource
            {
                Name = t.Name + "社区公益微创投资金",
                ResourceKind = ResourceKind.Funding,
                Services = ["funding.grant"],
                Quantity = Between(4, 16) * 5_000m,
                Unit = "CNY",
                IsDemo = true,
                Description = Demo("支持社区社会组织开展文化养老服务的小额资金"),
            }, t.Id, t.StationId);

            if (t.Index % 2 == 0)
            {
                var tablets = AddResource(new Resource
                {
                    Name = t.Name + "社工站智能手机教学平板",
                    ResourceKind = ResourceKind.Equipment,
                    Services = ["education.smart-devices"],
                    Quantity = Between(8, 20),
                    Unit = "台",
                    IsDemo = true,
                    Description = Demo("智慧工具课堂教学用平板电脑，可借用"),
                }, t.Id, t.StationId);
                Link(LinkType.Donates, _industryId, tablets, new DateOnly(2026, 3, 15), note: "示例");
            }

            var supplies = AddResource(new Resource
            {
                Name = t.Name + "重阳节慰问物资",
                ResourceKind = ResourceKind.Material,
                Services = ["material.supplies"],
                Quantity = Between(5, 30) * 10,
                Unit = "份",
                IsDemo = true,
                Description = Demo("米、油与防滑拖鞋等节日慰问物资"),
            }, t.Id, t.AssociationId);
            Link(LinkType.Donates, t.Index % 3 == 0 ? _guozeId : _foundationId, supplies, new DateOnly(2026, 10, 8));
        }

        foreach (var c in _communities)
        {
            if (Chance(c.IsVillage ? 0.7 : 0.85))
            {
                var (label, service, min, max) = Pick(VenueKinds);
                var square = service == "venue.square";
                c.VenueId = AddResource(new Resource
                {
                    Name = c.Name + label,
                    ResourceKind = ResourceKind.Venue,
                    Services = square ? [service, "recreation.fitness"] : [service],
                    Capacity = Between(min, max),
                    Equipment = square ? ["音响", "灯光"] : PickSome(DemoData.VenueEquipment, Between(2, 5)),
                    Accessible = square || Chance(0.55),
                    OpeningHours = square ? WeeklySchedule.Parse("Mon-Sun 06-21") : Pick((WeeklySchedule[])[OfficeHours, WeeklySchedule.Parse("Mon-Sat 08-21"), WeeklySchedule.Parse("Mon-Sun 09-17")]),
                    Point = Near(c.Point, 0.002),
                    IsDemo = true,
                    Description = Demo($"{c.Name}公共活动场地"),
                }, c.Id, c.Id);
                if (Chance(0.15)) Link(LinkType.Provides, c.OfficeId, c.VenueId.Value, note: "社会工作室协调使用");
            }

            if (c.CanteenId is { } canteen)
            {
                AddResource(new Resource
                {
                    Name = c.Name + "长者食堂餐厅",
                    ResourceKind = ResourceKind.Venue,
                    Services = ["venue.kitchen", "meal.help"],
                    Capacity = Between(30, 60),
                    Equipment = ["餐桌", "空调"],
                    Accessible = true,
                    OpeningHours = WeeklySchedule.Parse("Mon-Sun 10-13, Mon-Sun 16-18"),
                    Point = Near(c.Point, 0.002),
                    IsDemo = true,
                    Description = Demo("长者食堂就餐场地"),
                }, c.Id, canteen);
            }

            if (c.TroupeId is { } troupe)
            {
                if (Chance(0.5))
                {
                    AddResource(new Resource
                    {
                        Name = c.Name + "文艺队便携音响",
                        ResourceKind = ResourceKind.Equipment,
                        Services = ["culture.performance"],
                        Quantity = 1,
                        Unit = "套",
                        IsDemo = true,
                        Description = Demo("送节目上门与户外演出用便携音响"),
                    }, c.Id, troupe);
                }
                var homeDelivery = c.Township.HomeDeliveryTroupes.Contains(troupe);
                var programme = AddResource(new Resource
                {
                    Name = $"{c.Name}文艺队节目：{Pick(DemoData.Programmes)}",
                    ResourceKind = ResourceKind.CulturalContent,
                    Services = homeDelivery ? ["culture.performance", "culture.performance.home-delivery"] : ["culture.performance"],
                    IsDemo = true,
                    Description = Demo(homeDelivery ? "适合入户表演的短小节目（15-20分钟）" : "舞台节目"),
                }, c.Id, troupe);
                if (homeDelivery) Link(LinkType.Provides, troupe, programme);
            }
        }

        string[] courses = ["智能手机入门课程（8课时）", "手机支付与防诈骗课程", "书法入门课程", "声乐合唱基础课程", "健康知识系列讲座", "老年舞蹈入门课程"];
        string[] courseServices = ["education.smart-devices", "education.anti-fraud", "culture.calligraphy", "culture.music", "education.health-literacy", "culture.dance"];
        for (var i = 0; i < courses.Length; i++)
        {
            var course = AddResource(new Resource
            {
                Name = "快乐老人大学：" + courses[i],
                ResourceKind = ResourceKind.CulturalContent,
                Services = [courseServices[i], "education.elder-university"],
                IsDemo = true,
                Description = Demo("老年大学可送课进社区的课程"),
            }, _cityId, _universityId);
            Link(LinkType.Provides, _universityId, course);
        }

        AddResource(new Resource
        {
            Name = "望城区文化养老服务信息专栏",
            ResourceKind = ResourceKind.Information,
            Services = ["media.coverage"],
            IsDemo = true,
            Description = Demo("报道社工站与社区文艺队活动的宣传专栏"),
        }, _cityId, _newspaperId);
        AddResource(new Resource
        {
            Name = "防诈骗宣传折页",
            ResourceKind = ResourceKind.Material,
            Services = ["education.anti-fraud"],
            Quantity = 5_000,
            Unit = "份",
            IsDemo = true,
            Description = Demo("面向老年人的防诈骗宣传材料"),
        }, _districtId, _newspaperId);

        var fund = AddResource(new Resource
        {
            Name = "乐龄公益基金文化养老专项资金",
            ResourceKind = ResourceKind.Funding,
            Services = ["funding.grant"],
            Quantity = 200_000m,
            Unit = "CNY",
            IsDemo = true,
            Description = Demo("资助送节目上门与智慧助老活动"),
        }, _districtId, _foundationId);
        Link(LinkType.Provides, _foundationId, fund);
        AddResource(new Resource
        {
            Name = "国泽康养助餐补贴资金",
            ResourceKind = ResourceKind.Funding,
            Services = ["funding.grant", "meal.help"],
            Quantity = 300_000m,
            Unit = "CNY",
            IsDemo = true,
            Description = Demo("长者食堂高龄、失能老人助餐补贴"),
        }, _districtId, _guozeId);
    }
}
