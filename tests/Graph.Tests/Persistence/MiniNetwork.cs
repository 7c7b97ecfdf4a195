using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Tests.Persistence;

/// <summary>A small valid network: 长沙市 → 望城区 → 高塘岭街道 → two communities, a station, a group, a volunteer, an elder with a need.</summary>
internal static class MiniNetwork
{
    public static ChangeSet Create()
    {
        var set = new ChangeSet();
        var city = set.Create(new Area { Name = "长沙市", Code = "430100", Level = AreaLevel.City, AreaKind = AreaKind.City });
        var district = set.Create(new Area { Name = "望城区", Code = "430112", Level = AreaLevel.District, AreaKind = AreaKind.District });
        var township = set.Create(new Area { Name = "高塘岭街道", Code = "430112001", Level = AreaLevel.Township, AreaKind = AreaKind.Subdistrict });
        var c1 = set.Create(new Area { Name = "金峰社区", Code = "430112001001", Level = AreaLevel.Community, AreaKind = AreaKind.Community });
        var c2 = set.Create(new Area { Name = "郭亮社区", Code = "430112001002", Level = AreaLevel.Community, AreaKind = AreaKind.Community });
        set.Link(LinkType.PartOf, district, city);
        set.Link(LinkType.PartOf, township, district);
        set.Link(LinkType.PartOf, c1, township);
        set.Link(LinkType.PartOf, c2, township);
        var station = set.Create(new Organization
        {
            Name = "高塘岭街道社工站", OrganizationKind = OrganizationKind.SocialWorkStation, Registration = RegistrationStatus.NotApplicable,
            Services = ["social-work.case", "social-work.community"],
        });
        set.Link(LinkType.LocatedIn, station, township);
        set.Link(LinkType.Serves, station, township);
        var group = set.Create(new Organization
        {
            Name = "金峰社区智能手机兴趣小组", OrganizationKind = OrganizationKind.InterestGroup, Registration = RegistrationStatus.Filed,
            Services = ["education.smart-devices"], Capacity = 0,
        });
        set.Link(LinkType.LocatedIn, group, c1);
        set.Link(LinkType.PartnersWith, station, group, weight: 0.8, note: "共建");
        var volunteer = set.Create(new Volunteer
        {
            Name = "王某芳", VolunteerNumber = "WC000001", Category = VolunteerCategory.YoungerElder, Skills = ["education.smart-devices"],
            Availability = WeeklySchedule.Parse("Mon-Fri 09-12"), MaxTravelKm = 3, Point = new GeoPoint(28.36, 112.82), IsDemo = true,
        });
        set.Link(LinkType.LocatedIn, volunteer, c1);
        set.Link(LinkType.MemberOf, volunteer, group, since: new DateOnly(2025, 3, 1));
        var elder = set.Create(new Elder
        {
            Name = "张某兰", AgeBand = AgeBand.From80To89, Living = LivingSituation.Alone, Mobility = Mobility.Disabled,
            Situations = ["very-old", "disabled", "living-alone"], Interests = ["culture.opera"], IsDemo = true,
        });
        set.Link(LinkType.LocatedIn, elder, c2);
        var need = set.Create(new Need
        {
            Name = "送花鼓戏上门", Categories = ["culture.performance.home-delivery"], Situations = ["disabled"], Mode = NeedMode.Home,
            Status = NeedStatus.Open, Window = new TimeWindow { From = new DateOnly(2026, 10, 1), To = new DateOnly(2026, 12, 31) },
        });
        set.Link(LinkType.HasNeed, elder, need);
        set.Link(LinkType.LocatedIn, need, c2);
        return set;
    }

    /// <summary>A student volunteer <paramref name="name"/> with number <paramref name="prefix"/> and six digits of <paramref name="i"/>, located in 金峰社区.</summary>
    public static ChangeSet NewVolunteer(NetworkSnapshot s, string name, string prefix, int i)
    {
        var set = new ChangeSet();
        var v = set.Create(new Volunteer { Name = $"{name}{i}", VolunteerNumber = $"{prefix}{i:000000}", Category = VolunteerCategory.Student, MaxTravelKm = 1 });
        set.Link(LinkType.LocatedIn, v, s.AreaByCode("430112001001")!.Id);
        return set;
    }
}
