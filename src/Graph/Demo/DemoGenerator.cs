using System.Globalization;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Demo;

/// <summary>
/// Builds the demo network into one change set. All variety comes from one seeded <see cref="Random"/>, consumed in
/// a fixed order, so the result is the same on every run.
/// </summary>
internal sealed partial class DemoGenerator
{
    private const int Seed = 430112;
    private const string DemoTag = "示例数据 (demo)";
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly DateOnly YearStart = new(2026, 1, 1);
    private static readonly DateOnly YearEnd = new(2026, 12, 31);
    private static readonly DateOnly DoubleNinth = new(2026, 10, 18);
    private static readonly WeeklySchedule OfficeHours = WeeklySchedule.Parse("Mon-Fri 09-17");

    private readonly ChangeSet _set = new();
    private readonly Random _random = new(Seed);
    private readonly HashSet<(LinkType, long, long)> _linked = [];
    private readonly List<DemoTownship> _townships = [];
    private readonly List<DemoCommunity> _communities = [];
    private readonly List<long> _agencies = [];
    private readonly List<long> _agencySupervisors = [];
    private readonly List<long> _medicalWorkers = [];
    private long _cityId;
    private long _districtId;
    private long _universityId;
    private long _newspaperId;
    private long _industryId;
    private long _guozeId;
    private long _civilAffairsId;
    private long _foundationId;
    private int _volunteerNumber;

    public ChangeSet Generate()
    {
        CreateAreas();
        CreateNamedOrganizations();
        CreateTownshipOrganizations();
        CreateCommunityOrganizations();
        CreateSocialWorkers();
        CreateVolunteers();
        CreateResources();
        CreateElders();
        CreateActivities();
        CreateProjects();
        CreateNeeds();
        CreateConsentsAndServiceRecords();
        return _set;
    }

    private void CreateAreas()
    {
        _cityId = _set.Create(new Area
        {
            Name = "长沙市",
            Code = "430100",
            Level = AreaLevel.City,
            AreaKind = AreaKind.City,
            Point = new GeoPoint(28.2282, 112.9388),
            Description = "湖南省长沙市",
        });
        _districtId = _set.Create(new Area
        {
            Name = "望城区",
            Code = "430112",
            Level = AreaLevel.District,
            AreaKind = AreaKind.District,
            Population = 890_000,
            Point = new GeoPoint(28.3476, 112.8196),
            Description = "长沙市望城区，辖10个街道、5个镇，常住人口约89万",
        });
        Link(LinkType.PartOf, _districtId, _cityId);

        var subdistricts = 0;
        var towns = 0;
        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, kind, lat, lon, count) in DemoData.Townships)
        {
            var number = kind == AreaKind.Subdistrict ? ++subdistricts : 99 + ++towns;
            var code = Inv($"430112{number:000}");
            var township = new DemoTownship(_townships.Count, name, code, kind, new GeoPoint(lat, lon));
            township.Id = _set.Create(new Area
            {
                Name = name,
                Code = code,
                Level = AreaLevel.Township,
                AreaKind = kind,
                Point = township.Point,
                Description = kind == AreaKind.Subdistrict ? $"望城区{name}" : $"望城区{name}（镇）",
            });
            Link(LinkType.PartOf, township.Id, _districtId);
            _townships.Add(township);

            for (var i = 0; i < count; i++)
            {
                var village = kind == AreaKind.Town;
                string placeName;
                do
                {
                    placeName = Pick(DemoData.PlaceFirst) + Pick(village ? DemoData.VillageSecond : DemoData.CommunitySecond) + (village ? "村" : "社区");
                }
                while (!usedNames.Add(placeName));
                var communityCode = code + Inv($"{(village ? 200 : 1) + i:000}");
                var community = new DemoCommunity(township, placeName, communityCode, Near(township.Point, 0.03));
                community.Id = _set.Create(new Area
                {
                    Name = placeName,
                    Code = communityCode,
                    Level = AreaLevel.Community,
                    AreaKind = village ? AreaKind.Village : AreaKind.Community,
                    Population = village ? Between(1200, 4500) : Between(2500, 12000),
                    Point = community.Point,
                    IsDemo = true,
                    Description = Demo($"{name}{(village ? "所辖村" : "所辖社区")}，名称与编码为示意"),
                });
                Link(LinkType.PartOf, community.Id, township.Id);
                township.Communities.Add(community);
                _communities.Add(community);
            }
        }
    }

    private long AddOrganization(Organization org, long areaId)
    {
        var id = _set.Create(org);
        Link(LinkType.LocatedIn, id, areaId);
        return id;
    }

    private void Link(LinkType type, long fromId, long toId, DateOnly? since = null, double? weight = null, string? note = null)
    {
        if (!TryLink(type, fromId, toId, since, weight, note))
            throw new InvalidOperationException(Inv($"the demo network links {fromId} to {toId} by {type} twice"));
    }

    private bool TryLink(LinkType type, long fromId, long toId, DateOnly? since = null, double? weight = null, string? note = null)
    {
        if (!_linked.Add((type, fromId, toId))) return false;
        _set.Link(type, fromId, toId, since, null, weight, note);
        return true;
    }

    private static string Demo(string text) => $"{text}。{DemoTag}";

    private static string Inv(FormattableString text) => FormattableString.Invariant(text);

    private static DateTimeOffset At(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Unspecified), Beijing);

    private int Between(int min, int maxInclusive) => _random.Next(min, maxInclusive + 1);

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>Up to <paramref name="count"/> distinct items, in the order drawn.</summary>
    private List<T> PickSome<T>(IReadOnlyList<T> items, int count)
    {
        var order = Enumerable.Range(0, items.Count).ToArray();
        _random.Shuffle(order);
        return order.Take(count).Select(i => items[i]).Distinct().ToList();
    }

    private GeoPoint Near(GeoPoint point, double spread) => new(
        Math.Round(point.Lat + (_random.NextDouble() * 2 - 1) * spread, 5),
        Math.Round(point.Lon + (_random.NextDouble() * 2 - 1) * spread, 5));

    private string PersonName() => Pick(DemoData.Surnames) + "某" + Pick(DemoData.GivenChars);

    private DateOnly DayIn2026(int fromMonth, int toMonth) => new(2026, Between(fromMonth, toMonth), Between(1, 28));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
