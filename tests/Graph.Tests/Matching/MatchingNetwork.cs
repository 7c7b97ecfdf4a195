using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Tests.Matching;

/// <summary>
/// A small network for matching tests whose right answers can be worked out by hand. The fixed part:
/// <code>
/// 长沙市 430100 (15 km north of A)
///  └ 望城区 430112 (8 km north)
///     ├ 高塘岭街道 430112001 (1.5 km north) ← LOCATED_IN, SERVES 高塘岭街道社工站 (offers only social-work.supervision)
///     │   ├ 社区 A 430112001001 (the origin: needs live here)
///     │   └ 社区 B 430112001002 (3 km north)
///     └ 白箬铺镇 430112101 (25 km north)
///         └ 村 C 430112101201 (30 km north)
/// </code>
/// Points lie due north of A, so a helper placed with <see cref="North"/> is exactly that many km from a need in A.
/// Hops from A: the township 1; the station, the district and B 2; the city and the town 3; C 4.
/// Nodes are added under temporary ids; <see cref="Build"/> makes the snapshot and <see cref="Id"/> gives the real ids.
/// </summary>
internal sealed class MatchingNetwork
{
    /// <summary>The clock of every build.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 30, 0, TimeSpan.FromHours(8));

    /// <summary>Kilometres per degree of latitude on the sphere <see cref="GeoPoint.DistanceKm"/> uses.</summary>
    public const double KmPerDegree = 6371.0088 * Math.PI / 180;

    private static readonly GeoPoint Origin = new(28.30, 112.90);

    private readonly ChangeSet _set = new();
    private readonly Dictionary<long, long> _ids = [];
    private int _volunteerNumbers;
    private NetworkSnapshot? _snapshot;

    public MatchingNetwork()
    {
        City = _set.Create(Area("430100", AreaLevel.City, AreaKind.City, "长沙市", 15));
        District = _set.Create(Area("430112", AreaLevel.District, AreaKind.District, "望城区", 8));
        Township = _set.Create(Area("430112001", AreaLevel.Township, AreaKind.Subdistrict, "高塘岭街道", 1.5));
        CommunityA = _set.Create(Area("430112001001", AreaLevel.Community, AreaKind.Community, "社区 A", 0));
        CommunityB = _set.Create(Area("430112001002", AreaLevel.Community, AreaKind.Community, "社区 B", 3));
        Town = _set.Create(Area("430112101", AreaLevel.Township, AreaKind.Town, "白箬铺镇", 25));
        VillageC = _set.Create(Area("430112101201", AreaLevel.Community, AreaKind.Village, "村 C", 30));
        _set.Link(LinkType.PartOf, District, City);
        _set.Link(LinkType.PartOf, Township, District);
        _set.Link(LinkType.PartOf, CommunityA, Township);
        _set.Link(LinkType.PartOf, CommunityB, Township);
        _set.Link(LinkType.PartOf, Town, District);
        _set.Link(LinkType.PartOf, VillageC, Town);
        Station = _set.Create(Organization("高塘岭街道社工站", "social-work.supervision") with { OrganizationKind = OrganizationKind.SocialWorkStation });
        _set.Link(LinkType.LocatedIn, Station, Township);
        _set.Link(LinkType.Serves, Station, Township);
    }

    public long City { get; }
    public long District { get; }
    public long Township { get; }
    public long CommunityA { get; }
    public long CommunityB { get; }
    public long Town { get; }
    public long VillageC { get; }
    public long Station { get; }

    /// <summary>The snapshot, once built.</summary>
    public NetworkSnapshot Snapshot => _snapshot ?? throw new InvalidOperationException("call Build first");

    /// <summary>A point <paramref name="km"/> due north of community A (negative: south).</summary>
    public static GeoPoint North(double km) => new(Origin.Lat + km / KmPerDegree, Origin.Lon);

    /// <summary>A point <paramref name="km"/> due east of community A (negative: west), along its parallel.</summary>
    public static GeoPoint East(double km) => new(Origin.Lat, Origin.Lon + km / (KmPerDegree * Math.Cos(double.DegreesToRadians(Origin.Lat))));

    /// <summary>Adds a node; <paramref name="at"/> sets its point, <paramref name="home"/> links it LOCATED_IN that area.</summary>
    public long Add(Node node, GeoPoint? at = null, long? home = null)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node is Volunteer { VolunteerNumber: "" } v) node = v with { VolunteerNumber = $"VN{++_volunteerNumbers:D6}" };
        if (at is { } p) node = node with { Point = p };
        var id = _set.Create(node);
        if (home is { } area) _set.Link(LinkType.LocatedIn, id, area);
        return id;
    }

    /// <summary>A need of an elder living in <paramref name="area"/> (community A unless said), LOCATED_IN there unless <paramref name="located"/> is false.</summary>
    public long AddNeed(Need need, long? area = null, bool located = true)
    {
        var home = area ?? CommunityA;
        var elder = Add(Elder(), home: home);
        var id = Add(need);
        _set.Link(LinkType.HasNeed, elder, id);
        if (located) _set.Link(LinkType.LocatedIn, id, home);
        return id;
    }

    /// <summary>A need of an organization (a group's need), LOCATED_IN <paramref name="area"/>.</summary>
    public long AddGroupNeed(long owner, Need need, long? area = null)
    {
        var id = Add(need);
        _set.Link(LinkType.HasNeed, owner, id);
        _set.Link(LinkType.LocatedIn, id, area ?? CommunityA);
        return id;
    }

    /// <summary>A link between two nodes, holding from <paramref name="since"/> to <paramref name="until"/> when given.</summary>
    public void Link(LinkType type, long from, long to, DateOnly? since = null, DateOnly? until = null) => _set.Link(type, from, to, since, until);

    /// <summary>A referral of a need to a helper, sent by the station, with its REFERRED_TO link.</summary>
    public long Refer(long need, long helper, ReferralStatus status, ReferralOutcome? outcome = null, int? rating = null)
    {
        _set.Link(LinkType.ReferredTo, need, helper);
        // A completed referral says how it ended; got help unless the test says otherwise.
        outcome ??= status == ReferralStatus.Completed ? ReferralOutcome.GotHelp : null;
        return _set.Create(new Referral { Name = "转介", NeedId = need, HelperId = helper, SenderId = Station, Status = status, Outcome = outcome, Rating = rating, IsDemo = true });
    }

    /// <summary>A service record of a helper for an elder or need, with a rating.</summary>
    public long Record(long helper, long forId, int? rating) =>
        _set.Create(new ServiceRecord { Name = "服务记录", ServedById = helper, ForId = forId, Date = new DateOnly(2026, 10, 1), Hours = 2, Rating = rating, IsDemo = true });

    /// <summary>Builds the snapshot (once).</summary>
    public NetworkSnapshot Build()
    {
        if (_snapshot is not null) return _snapshot;
        _snapshot = InMemoryNetwork.Build(_set, Now);
        // On an empty network nodes are numbered 1, 2, 3 … in the order they are created.
        long next = 1;
        foreach (var op in _set.Operations)
        {
            if (op is ChangeOperation.CreateNode n) _ids[n.TempId] = next++;
        }
        return _snapshot;
    }

    /// <summary>The real id of a node added under a temporary id.</summary>
    public long Id(long temp) => _snapshot is null ? throw new InvalidOperationException("call Build first") : _ids[temp];

    /// <summary>The real ids of several nodes, in the order given.</summary>
    public long[] Ids(params long[] temps) => [.. temps.Select(Id)];

    // ---- nodes with sensible defaults; change them with `with` ----

    public static Volunteer Volunteer(string name, params string[] skills) =>
        new() { Name = name, Category = VolunteerCategory.Resident, Skills = skills, MaxTravelKm = 5, IsDemo = true };

    public static Organization Organization(string name, params string[] services) =>
        new() { Name = name, OrganizationKind = OrganizationKind.VolunteerTeam, Registration = RegistrationStatus.Filed, Services = services, IsDemo = true };

    public static SocialWorker SocialWorker(string name, params string[] skills) =>
        new() { Name = name, Role = SocialWorkerRole.Community, Qualification = QualificationLevel.Assistant, Skills = skills, IsDemo = true };

    public static Resource Venue(string name, int? capacity, params string[] services) =>
        new() { Name = name, ResourceKind = ResourceKind.Venue, Services = services.Length == 0 ? ["venue.hall"] : services, Capacity = capacity, IsDemo = true };

    public static Resource Resource(string name, ResourceKind kind, params string[] services) =>
        new() { Name = name, ResourceKind = kind, Services = services, IsDemo = true };

    public static Elder Elder() =>
        new() { Name = "老人", AgeBand = AgeBand.From80To89, Living = LivingSituation.Alone, Mobility = Mobility.PartlyDisabled, IsDemo = true };

    /// <summary>An open need asking for <paramref name="categories"/>, met at a venue, at any hour, for anyone.</summary>
    public static Need Need(params string[] categories) =>
        new() { Name = "需求", Categories = categories, Mode = NeedMode.Venue, Status = NeedStatus.Open, IsDemo = true };

    /// <summary>A need's window with these weekly hours.</summary>
    public static TimeWindow Weekly(string hours) => new() { Weekly = WeeklySchedule.Parse(hours) };

    private static Area Area(string code, AreaLevel level, AreaKind kind, string name, double kmNorth) =>
        new() { Name = name, Code = code, Level = level, AreaKind = kind, Point = North(kmNorth), IsDemo = true };
}
