using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Tests.Changes;

/// <summary>
/// Builds existing networks for validator tests the way the write path would: validate against the empty
/// snapshot, give real ids 1..N in creation order (nodes and links counted separately), replace temporary
/// ids, build the snapshot. Also small builders for valid nodes of the Wangcheng example.
/// </summary>
internal static class SnapshotFixture
{
    /// <summary>The clock every validation in the tests uses.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 30, 0, TimeSpan.FromHours(8));

    public static (ChangePlan? Plan, IReadOnlyList<ChangeError> Errors) Validate(NetworkSnapshot snapshot, ChangeSet changes) =>
        ChangeSetValidator.Validate(snapshot, changes, Now);

    /// <summary>The snapshot a valid change set produces on an empty network, and the real id of every temporary id.</summary>
    public static (NetworkSnapshot Snapshot, IReadOnlyDictionary<long, long> Ids) Build(ChangeSet changes)
    {
        var snapshot = InMemoryNetwork.Build(changes, Now);
        // On an empty network nodes and links are numbered 1, 2, 3 … each in the order they are created.
        var ids = new Dictionary<long, long>();
        long nextNode = 1, nextLink = 1;
        foreach (var op in changes.Operations)
        {
            if (op is ChangeOperation.CreateNode n) ids[n.TempId] = nextNode++;
            else if (op is ChangeOperation.CreateLink l) ids[l.TempId] = nextLink++;
        }
        return (snapshot, ids);
    }

    /// <summary>
    /// The change set of the mini network on an empty network: 长沙市 430100 → 望城区 430112 → 高塘岭街道 430112001 →
    /// community 430112001001, with the subdistrict's social work station, a volunteer living in the community and an
    /// elder there with an open need. Returns the temporary ids (the snapshot is still empty).
    /// </summary>
    public static (ChangeSet Changes, MiniNetwork TempIds) MiniNetworkChanges()
    {
        var set = new ChangeSet();
        var city = set.Create(City());
        var district = set.Create(District());
        var township = set.Create(Subdistrict());
        var community = set.Create(Community());
        var station = set.Create(Station());
        var volunteer = set.Create(Volunteer("VN4301120001"));
        var elder = set.Create(Elder());
        var need = set.Create(Need());
        set.Link(LinkType.PartOf, district, city);
        set.Link(LinkType.PartOf, township, district);
        set.Link(LinkType.PartOf, community, township);
        set.Link(LinkType.LocatedIn, station, township);
        set.Link(LinkType.Serves, station, township);
        set.Link(LinkType.LocatedIn, volunteer, community);
        set.Link(LinkType.LocatedIn, elder, community);
        set.Link(LinkType.HasNeed, elder, need);
        var temp = new MiniNetwork(NetworkSnapshot.Empty, new Dictionary<long, long>(), city, district, township, community, station, volunteer, elder, need);
        return (set, temp);
    }

    /// <summary>The mini network as an existing snapshot; <paramref name="extend"/> may add to its change set, using its temporary ids.</summary>
    public static MiniNetwork MiniNetwork(Action<ChangeSet, MiniNetwork>? extend = null)
    {
        var (set, t) = MiniNetworkChanges();
        extend?.Invoke(set, t);
        var (snapshot, ids) = Build(set);
        return new MiniNetwork(snapshot, ids, ids[t.City], ids[t.District], ids[t.Township], ids[t.Community], ids[t.Station],
            ids[t.Volunteer], ids[t.Elder], ids[t.Need]);
    }

    public static Area Area(string code, AreaLevel level, AreaKind kind, string name) =>
        new() { Name = name, Code = code, Level = level, AreaKind = kind, IsDemo = true };

    public static Area City() => Area("430100", AreaLevel.City, AreaKind.City, "长沙市");

    public static Area District() => Area("430112", AreaLevel.District, AreaKind.District, "望城区");

    public static Area Subdistrict(string code = "430112001", string name = "高塘岭街道") => Area(code, AreaLevel.Township, AreaKind.Subdistrict, name);

    public static Area Community(string code = "430112001001", string name = "示例社区") => Area(code, AreaLevel.Community, AreaKind.Community, name);

    public static Area Village(string code = "430112101201", string name = "示例村") => Area(code, AreaLevel.Community, AreaKind.Village, name);

    public static Organization Station(string name = "高塘岭街道社工站") => Organization(name, OrganizationKind.SocialWorkStation, RegistrationStatus.NotApplicable);

    public static Organization Organization(string name, OrganizationKind kind, RegistrationStatus registration = RegistrationStatus.Registered) =>
        new() { Name = name, OrganizationKind = kind, Registration = registration, Services = ["social-work.community"], IsDemo = true };

    public static SocialWorker SocialWorker(string name = "驻站社工甲") =>
        new() { Name = name, Role = SocialWorkerRole.Station, Qualification = QualificationLevel.Assistant, Skills = ["social-work.group"], IsDemo = true };

    public static Volunteer Volunteer(string number, string name = "志愿者甲") =>
        new()
        {
            Name = name,
            VolunteerNumber = number,
            Category = VolunteerCategory.YoungerElder,
            Skills = ["education.smart-devices"],
            Availability = WeeklySchedule.Parse("Mon-Fri 09-12"),
            MaxTravelKm = 5,
            IsDemo = true,
        };

    public static Elder Elder(string name = "老人甲") =>
        new()
        {
            Name = name,
            AgeBand = AgeBand.From80To89,
            Living = LivingSituation.Alone,
            Mobility = Mobility.PartlyDisabled,
            Situations = ["very-old", "living-alone"],
            Interests = ["culture.opera"],
            IsDemo = true,
        };

    public static Need Need(string name = "智能手机使用课堂") =>
        new()
        {
            Name = name,
            Categories = ["education.smart-devices"],
            Situations = ["living-alone"],
            Mode = NeedMode.Venue,
            Status = NeedStatus.Open,
            IsDemo = true,
        };

    public static Resource Venue(string name = "社区活动室") =>
        new() { Name = name, ResourceKind = ResourceKind.Venue, Services = ["venue.hall"], Capacity = 40, Accessible = true, IsDemo = true };
}
