using System.Globalization;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Model;

// Random is used to make reproducible test and benchmark data from a seed, never for anything secret.
#pragma warning disable CA5394 // reproducible test data, not security

namespace ResourceHub.Graph.Demo;

/// <summary>
/// Generates a synthetic five-society network of any size for tests, benchmarks and demos: one city
/// (990100, a code no real city has) with districts, townships (街道 with communities, 镇 with villages),
/// stations and offices, community groups, hub organizations that serve and partner widely, social
/// workers, volunteers (a few communities with many, many with a few), elders with needs, venues and
/// resources, activities, referrals, service records and consents. About 50 nodes and 250 links per
/// community. Everything is marked <see cref="Node.IsDemo"/> and named like "合成社区 123" or "志愿者 4567".
/// </summary>
/// <remarks>
/// The same seed and size give the same change set, operation for operation: the only source of chance is
/// <c>new Random(seed)</c> and every date is fixed. The set validates against an empty network.
/// </remarks>
public static class SyntheticNetwork
{
    /// <summary>The actor to name in the change log when committing a generated network.</summary>
    public const string Actor = "synthetic-seed";

    // The code space holds 99 districts of 99 subdistricts × 199 communities and 100 towns × 200 villages.
    private const int MaxCommunities = MaxDistricts * DistrictCapacity;

    private const int MaxDistricts = 99;
    private const int MaxSubdistricts = 99;
    private const int MaxTowns = 100;
    private const int CommunitiesPerSubdistrict = 199;
    private const int VillagesPerTown = 200;
    private const int DistrictCapacity = MaxSubdistricts * CommunitiesPerSubdistrict + MaxTowns * VillagesPerTown;

    /// <summary>Generates a network of <paramref name="communities"/> communities and villages as one change set of creates.</summary>
    /// <param name="seed">Seed of the random draws; the same seed gives the same set.</param>
    /// <param name="communities">How many communities and villages, 1 to 3,930,399 (what the codes of one city hold); about 200 make a district, 10 a township.</param>
    /// <returns>A change set that creates every node and link, under temporary ids in creation order.</returns>
    public static ChangeSet Generate(int seed, int communities)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(communities, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(communities, MaxCommunities);
        return new Builder(seed).Build(communities);
    }

    /// <summary>Builds one network; holds the random source, the change set and the running counters.</summary>
    private sealed class Builder(int seed)
    {
        private const double CityLat = 28.23;
        private const double CityLon = 112.94;
        private const int CommunitiesPerDistrict = 200;
        private const int CommunitiesPerTownship = 10;
        // Volunteers per community are lognormal: median e^Mu ≈ 10.5, mean e^(Mu+Sigma²/2) ≈ 19, a long tail.
        private const double VolunteerMu = 2.35;
        private const double VolunteerSigma = 1.1;
        private const int MaxVolunteersPerCommunity = 600;

        private static readonly DateOnly BaseDate = new(2025, 1, 1);
        private static readonly DateTimeOffset BaseTime = new(2025, 1, 1, 9, 0, 0, TimeSpan.FromHours(8));

        private static readonly string[] InterestServices =
        [
            "culture.music", "culture.dance", "culture.opera", "culture.calligraphy", "culture.reading",
            "recreation.games", "recreation.fitness", "education.smart-devices",
        ];
        private static readonly string[] ElderInterests =
        [
            "culture.music", "culture.dance", "culture.opera", "culture.calligraphy", "culture.reading", "recreation.games",
            "recreation.fitness", "recreation.outing", "education.smart-devices", "education.health-literacy",
        ];
        private static readonly string[] YoungerElderSkills =
        [
            "culture.performance", "culture.music", "culture.dance", "culture.opera", "culture.calligraphy",
            "companionship.visit", "companionship.phone", "recreation.games", "recreation.fitness",
        ];
        private static readonly string[] StudentSkills =
            ["education.smart-devices", "companionship.visit", "companionship.phone", "media.coverage", "recreation.festival"];
        private static readonly string[] ResidentSkills =
            ["companionship.visit", "companionship.escort", "meal.delivery", "cleaning.help", "recreation.festival", "care.daily"];
        private static readonly string[] ProfessionalSkills =
            ["health.check", "health.mental", "health.rehab", "legal.aid", "education.health-literacy", "education.anti-fraud"];
        private static readonly string[] WorkerSkills =
        [
            "social-work.case", "social-work.group", "social-work.community", "social-work.training",
            "health.mental", "companionship.visit", "education.anti-fraud",
        ];
        private static readonly string[] HomeNeeds =
            ["culture.performance.home-delivery", "companionship.visit", "meal.delivery", "care.daily", "cleaning.help", "health.rehab"];
        private static readonly string[] VenueNeeds =
            ["education.smart-devices", "recreation.games", "culture.music", "health.check", "education.anti-fraud", "recreation.outing"];
        private static readonly string[] VolunteerSituations = ["disabled", "living-alone", "very-old", "empty-nest"];
        private static readonly string[] HallEquipment = ["音响", "投影仪", "钢琴", "桌椅", "空调"];
        private static readonly string[] ConsentScope = ["name", "phone", "address"];
        private static readonly string[] StationServices = ["social-work.case", "social-work.group", "social-work.community", "social-work.supervision"];
        private static readonly string[] OfficeServices = ["social-work.case", "social-work.community"];
        private static readonly string[] AssociationServices = ["recreation.festival", "companionship.visit"];
        private static readonly string[] TeamServices = ["companionship.visit", "companionship.phone", "culture.performance.home-delivery"];
        private static readonly string[] TroupeServices = ["culture.performance", "culture.performance.home-delivery", "culture.dance"];
        private static readonly string[] ProjectServices = ["social-work", "culture.performance.home-delivery", "education.smart-devices"];
        private static readonly WeeklySchedule[] Schedules =
        [
            WeeklySchedule.Parse("Mon-Fri 09-12"),
            WeeklySchedule.Parse("Mon-Fri 14-17"),
            WeeklySchedule.Parse("Sat-Sun 09-17"),
            WeeklySchedule.Parse("Mon-Fri 19-21"),
            WeeklySchedule.Parse("Tue 09-11, Thu 09-11"),
            WeeklySchedule.Parse("Mon 15-17, Wed 15-17, Fri 15-17"),
            WeeklySchedule.Parse("Sat 09-12"),
        ];
        private static readonly WeeklySchedule OfficeHours = WeeklySchedule.Parse("Mon-Fri 08-12, Mon-Fri 14-18");
        private static readonly WeeklySchedule VenueHours = WeeklySchedule.Parse("Mon-Sun 08-21");
        private static readonly WeeklySchedule MealHours = WeeklySchedule.Parse("Mon-Sun 11-13");

        private readonly Random _rng = new(seed);
        private readonly ChangeSet _set = new();
        private readonly List<long> _volunteers = [];
        private readonly List<long> _groups = [];
        private readonly List<long> _workers = [];
        private readonly List<long> _venues = [];
        private readonly List<(long Id, Mobility Mobility, string[] Situations)> _elders = [];
        private Hubs _hubs = null!;
        private long _previousOffice;
        private int _subdistrictCount, _townCount, _communityCount, _villageCount, _volunteerCount, _elderCount, _workerCount;
        private int _activityCount, _needCount, _referralCount, _recordCount, _consentCount, _agencyCount;

        public ChangeSet Build(int communities)
        {
            var city = CreateArea("合成市", "990100", AreaLevel.City, AreaKind.City, new GeoPoint(CityLat, CityLon), null);
            _hubs = CreateHubs(city);
            var districtCount = Math.Clamp((int)Math.Round(communities / (double)CommunitiesPerDistrict), 1, MaxDistricts);
            var sizes = Split(communities, Enumerable.Repeat(DistrictCapacity, districtCount).ToArray(), 0.4);
            for (var d = 0; d < districtCount; d++) BuildDistrict(d + 1, sizes[d], city);
            return _set;
        }

        // ---- city ----

        private sealed record Hubs(long CityBureau, long CityAgency, long University, long Culture, long Company, long Media, long[] Foundations);

        private Hubs CreateHubs(long city)
        {
            Organization Hub(string name, OrganizationKind kind, RegistrationStatus registration, string[] services, int? capacity = null) => new()
            {
                Capacity = capacity,
                Name = name,
                OrganizationKind = kind,
                Registration = registration,
                Services = services,
                IsDemo = true,
                Point = Near(new GeoPoint(CityLat, CityLon), 0.02),
                Availability = OfficeHours,
            };
            var bureau = Create(Hub("合成市民政局", OrganizationKind.GovernmentDepartment, RegistrationStatus.NotApplicable, []));
            var agency = Create(Hub("合成市社会工作服务中心", OrganizationKind.SocialWorkAgency, RegistrationStatus.Registered,
                ["social-work.supervision", "social-work.training", "social-work.case"]));
            var university = Create(Hub("合成市老年大学", OrganizationKind.EducationUnit, RegistrationStatus.NotApplicable,
                ["education.elder-university", "education.smart-devices", "culture.calligraphy", "culture.music"]));
            var culture = Create(Hub("合成市文化馆", OrganizationKind.CulturalUnit, RegistrationStatus.NotApplicable,
                ["culture.performance", "culture.dance", "culture.opera"]));
            var company = Create(Hub("合成市康养集团", OrganizationKind.MarketEntity, RegistrationStatus.NotApplicable,
                ["meal.help", "care.daily", "health.check", "venue.kitchen"], capacity: 500));
            var media = Create(Hub("合成市融媒体中心", OrganizationKind.Media, RegistrationStatus.NotApplicable, ["media.coverage"]));
            long[] foundations =
            [
                Create(Hub("合成市慈善基金会", OrganizationKind.Foundation, RegistrationStatus.Registered, ["funding.grant", "material.supplies"])),
                Create(Hub("合成市敬老基金会", OrganizationKind.Foundation, RegistrationStatus.Registered, ["funding.grant"])),
            ];
            foreach (var hub in (long[])[bureau, agency, university, culture, company, media, .. foundations])
            {
                Link(LinkType.LocatedIn, hub, city);
                Link(LinkType.Serves, hub, city);
            }
            Link(LinkType.Guides, bureau, agency);
            Link(LinkType.PartnersWith, university, culture, weight: 0.8);
            Link(LinkType.PartnersWith, media, culture, weight: 0.5);
            return new Hubs(bureau, agency, university, culture, company, media, foundations);
        }

        // ---- district ----

        private sealed record District(long Area, string Code, GeoPoint Point, long Bureau, long Culture, long[] Agencies, double[] AgencyWeights);

        private void BuildDistrict(int number, int communities, long city)
        {
            var code = "9901" + Digits(number, 2);
            // Districts lie on a sunflower spiral around the city centre.
            var angle = number * 2.39996;
            var radius = 0.12 * Math.Sqrt(number);
            var point = Round(new GeoPoint(CityLat + radius * Math.Sin(angle), CityLon + radius * Math.Cos(angle)));
            var name = Name("合成区", number);
            var area = CreateArea(name, code, AreaLevel.District, AreaKind.District, point, null);
            Link(LinkType.PartOf, area, city);
            foreach (var hub in (long[])[_hubs.University, _hubs.Culture, _hubs.Company, _hubs.Media, _hubs.Foundations[0]])
                Link(LinkType.Serves, hub, area);

            var bureau = CreateOrg(name + " 民政局", OrganizationKind.GovernmentDepartment, RegistrationStatus.NotApplicable, [], point, area);
            Link(LinkType.Serves, bureau, area);
            Link(LinkType.Guides, _hubs.CityBureau, bureau);
            var culture = CreateOrg(name + " 文化馆", OrganizationKind.CulturalUnit, RegistrationStatus.NotApplicable, ["culture.performance", "culture.opera"], point, area);
            Link(LinkType.Serves, culture, area);
            Link(LinkType.Guides, _hubs.Culture, culture);

            var agencyCount = 2 + Math.Min(2, communities / 150);
            var agencies = new long[agencyCount];
            var weights = new double[agencyCount];
            for (var i = 0; i < agencyCount; i++)
            {
                agencies[i] = CreateOrg(Name("合成社工机构", ++_agencyCount), OrganizationKind.SocialWorkAgency, RegistrationStatus.Registered,
                    ["social-work.case", "social-work.group", "social-work.community"], Near(point, 0.02), area);
                Link(LinkType.Serves, agencies[i], area);
                Link(LinkType.Trains, _hubs.CityAgency, agencies[i]);
                // The first agency runs most stations, the last few (Zipf-like).
                weights[i] = 1.0 / (i + 1);
            }
            var district = new District(area, code, point, bureau, culture, agencies, weights);

            var townships = Math.Clamp((communities + CommunitiesPerTownship - 1) / CommunitiesPerTownship, 1, MaxSubdistricts + MaxTowns);
            var urban = 0.3 + 0.6 * _rng.NextDouble();
            var subdistricts = Math.Clamp((int)Math.Round(townships * urban), Math.Max(0, townships - MaxTowns), Math.Min(townships, MaxSubdistricts));
            var caps = new int[townships];
            for (var t = 0; t < townships; t++) caps[t] = t < subdistricts ? CommunitiesPerSubdistrict : VillagesPerTown;
            var sizes = Split(communities, caps, 0.6);
            for (var t = 0; t < townships; t++)
            {
                var isTown = t >= subdistricts;
                BuildTownship(district, isTown ? t - subdistricts + 100 : t + 1, isTown, sizes[t]);
            }
        }

        // ---- township ----

        private sealed record Township(long Area, long Station, long Agency, long Venue, long[] Workers, long[] Communities,
            string[] Names, GeoPoint[] Points, bool University, long Foundation, bool Company, long Troupe);

        private void BuildTownship(District district, int suffix, bool isTown, int communities)
        {
            var code = district.Code + Digits(suffix, 3);
            var name = isTown ? Name("合成镇", ++_townCount) : Name("合成街道", ++_subdistrictCount);
            var point = Near(district.Point, 0.04);
            var populations = new int[communities];
            for (var i = 0; i < communities; i++) populations[i] = isTown ? _rng.Next(600, 3000) : _rng.Next(1500, 9000);
            var area = CreateArea(name, code, AreaLevel.Township, isTown ? AreaKind.Town : AreaKind.Subdistrict, point, populations.Sum());
            Link(LinkType.PartOf, area, district.Area);

            var station = CreateOrg(name + " 社工站", OrganizationKind.SocialWorkStation, RegistrationStatus.NotApplicable, StationServices, point, area);
            Link(LinkType.Serves, station, area);
            Link(LinkType.Guides, district.Bureau, station);
            var agency = district.Agencies[Weighted(district.AgencyWeights)];
            Link(LinkType.Serves, agency, area);
            Link(LinkType.Empowers, agency, station, since: Day(-_rng.Next(30, 900)));
            var project = Create(new Project
            {
                Name = name + " 社工站运营项目",
                IsDemo = true,
                Services = ProjectServices,
                Period = new TimeWindow { From = BaseDate, To = BaseDate.AddYears(1).AddDays(-1) },
                Budget = 300_000 + 10_000 * _rng.Next(0, 21),
                Deliverables = ["个案服务", "小组活动", "社区活动", "志愿者培训"],
                Targets = new ProjectTargets { Activities = 24, EldersReached = 100 },
            });
            Link(LinkType.Contracts, district.Bureau, project);
            Link(LinkType.DeliveredBy, project, agency);
            Link(LinkType.Serves, project, area);

            var workers = new long[2 + _rng.Next(0, 3)];
            for (var i = 0; i < workers.Length; i++)
            {
                workers[i] = CreateWorker(SocialWorkerRole.Station, area, point);
                Link(LinkType.StationedAt, workers[i], station);
                Link(LinkType.EmployedBy, workers[i], agency, since: Day(-_rng.Next(30, 1500)));
                Link(LinkType.Serves, workers[i], area);
                if (_rng.NextDouble() < 0.3) Link(LinkType.Trains, _hubs.CityAgency, workers[i]);
            }
            for (var i = 1; i < workers.Length; i++) Link(LinkType.Supervises, workers[0], workers[i]);

            var venue = CreateResource(new Resource
            {
                Name = name + " 综合文化站",
                ResourceKind = ResourceKind.Venue,
                Services = ["venue.hall", "venue.classroom"],
                Capacity = 100 + 10 * _rng.Next(0, 21),
                Equipment = HallEquipment,
                Accessible = true,
                OpeningHours = VenueHours,
            }, area, point);
            Link(LinkType.Owns, area, venue);
            Link(LinkType.Serves, venue, area);

            var university = Partner(_hubs.University, station, area, 0.35);
            Partner(_hubs.CityAgency, station, area, 0.25);
            var company = Partner(_hubs.Company, station, area, 0.15);
            Partner(_hubs.Media, station, area, 0.1);
            Partner(_hubs.Culture, station, area, 0.2);
            Partner(district.Culture, station, area, 0.5);
            var foundation = 0L;
            foreach (var f in _hubs.Foundations)
            {
                if (foundation == 0 && Partner(f, station, area, 0.2)) foundation = f;
            }
            if (foundation != 0)
            {
                var fund = CreateResource(new Resource
                {
                    Name = name + " 微公益基金",
                    ResourceKind = ResourceKind.Funding,
                    Services = ["funding.grant"],
                    Quantity = 20_000 + 5_000 * _rng.Next(0, 17),
                    Unit = "CNY",
                }, area, point);
                Link(LinkType.Owns, foundation, fund);
                Link(LinkType.Serves, fund, area);
            }
            var troupe = 0L;
            if (_rng.NextDouble() < 0.4)
            {
                troupe = CreateOrg(name + " 艺术团", OrganizationKind.ArtTroupe, RegistrationStatus.Filed, TroupeServices, point, area);
                Link(LinkType.Serves, troupe, area);
                Link(LinkType.Guides, station, troupe);
                if (_rng.NextDouble() < 0.3) Link(LinkType.Guides, _hubs.Culture, troupe);
            }

            var ids = new long[communities];
            var names = new string[communities];
            var points = new GeoPoint[communities];
            for (var i = 0; i < communities; i++)
            {
                points[i] = Near(point, 0.012);
                var kind = isTown ? AreaKind.Village : AreaKind.Community;
                names[i] = isTown ? Name("合成村", ++_villageCount) : Name("合成社区", ++_communityCount);
                ids[i] = CreateArea(names[i], code + Digits((isTown ? 200 : 1) + i, 3), AreaLevel.Community, kind, points[i], populations[i]);
                Link(LinkType.PartOf, ids[i], area);
                Link(LinkType.Serves, station, ids[i]);
                foreach (var worker in workers) Link(LinkType.Serves, worker, ids[i]);
            }
            _previousOffice = 0;
            var township = new Township(area, station, agency, venue, workers, ids, names, points, university, foundation, company, troupe);
            for (var i = 0; i < communities; i++) BuildCommunity(township, district, i);
        }

        private bool Partner(long hub, long station, long township, double chance)
        {
            if (_rng.NextDouble() >= chance) return false;
            Link(LinkType.PartnersWith, hub, station, since: Day(-_rng.Next(30, 1000)), weight: Math.Round(0.3 + 0.7 * _rng.NextDouble(), 1));
            Link(LinkType.Serves, hub, township);
            return true;
        }

        // ---- community ----

        private void BuildCommunity(Township township, District district, int index)
        {
            var area = township.Communities[index];
            var point = township.Points[index];
            var name = township.Names[index];
            _volunteers.Clear();
            _groups.Clear();
            _workers.Clear();
            _venues.Clear();
            _elders.Clear();

            var office = CreateOrg(name + " 社会工作室", OrganizationKind.SocialWorkOffice, RegistrationStatus.NotApplicable, OfficeServices, point, area);
            Link(LinkType.Serves, office, area);
            Link(LinkType.PartOf, office, township.Station);
            Link(LinkType.Guides, township.Station, office);
            // Neighbouring communities of a township pair up for joint activities.
            if (_previousOffice != 0 && _rng.NextDouble() < 0.7) Link(LinkType.PartnersWith, office, _previousOffice, weight: Math.Round(0.3 + 0.5 * _rng.NextDouble(), 1));
            _previousOffice = office;

            var association = 0L;
            if (_rng.NextDouble() < 0.85)
            {
                association = CreateOrg(name + " 老年协会", OrganizationKind.ElderlyAssociation, RegistrationStatus.Filed, AssociationServices, point, area);
                Link(LinkType.Serves, association, area);
                Link(LinkType.Guides, office, association);
                _groups.Add(association);
            }
            var team = 0L;
            if (_rng.NextDouble() < 0.9)
            {
                team = CreateOrg(name + " 志愿队", OrganizationKind.VolunteerTeam, RegistrationStatus.Filed, TeamServices, point, area);
                Link(LinkType.Serves, team, area);
                Link(LinkType.Incubates, office, team);
            }
            var interestGroups = Pick(0.25, 0.35, 0.25);
            var firstInterest = _groups.Count;
            for (var g = 0; g < interestGroups; g++)
            {
                var service = InterestServices[_rng.Next(InterestServices.Length)];
                var group = CreateOrg(string.Create(CultureInfo.InvariantCulture, $"{name} 兴趣小组 {g + 1}"), OrganizationKind.InterestGroup,
                    _rng.NextDouble() < 0.5 ? RegistrationStatus.Filed : RegistrationStatus.Unregistered, [service], point, area);
                Link(LinkType.Serves, group, area);
                Link(LinkType.Incubates, office, group);
                _groups.Add(group);
            }
            var troupe = 0L;
            if (_rng.NextDouble() < 0.45)
            {
                troupe = CreateOrg(name + " 文艺队", OrganizationKind.ArtTroupe, RegistrationStatus.Filed, TroupeServices, point, area);
                Link(LinkType.Serves, troupe, area);
                if (township.Communities.Length > 1) Link(LinkType.Serves, troupe, Neighbour(township, index));
                Link(LinkType.Guides, office, troupe);
                if (township.Troupe != 0) Link(LinkType.MemberOf, troupe, township.Troupe);
                _groups.Add(troupe);
            }

            var workerCount = 1 + (_rng.NextDouble() < 0.4 ? 1 : 0);
            for (var i = 0; i < workerCount; i++)
            {
                var worker = CreateWorker(SocialWorkerRole.Community, area, point);
                Link(LinkType.StationedAt, worker, office);
                var employer = _rng.NextDouble() < 0.8 ? township.Agency : district.Agencies[_rng.Next(district.Agencies.Length)];
                Link(LinkType.EmployedBy, worker, employer, since: Day(-_rng.Next(30, 1500)));
                Link(LinkType.Serves, worker, area);
                Link(LinkType.Supervises, township.Workers[0], worker);
                if (team != 0) Link(i == 0 ? LinkType.Supervises : LinkType.Guides, worker, team);
                if (association != 0 && i == 0) Link(LinkType.Guides, worker, association);
                _workers.Add(worker);
            }

            BuildVenuesAndResources(township, name, area, point, office, troupe);
            BuildElders(area, association, troupe, firstInterest);
            BuildVolunteers(township, index, area, point, team);
            LeadGroups(association, team, firstInterest);
            BuildActivities(township, area, office);
            BuildNeeds(township, area, office, troupe);
        }

        private void BuildVenuesAndResources(Township township, string name, long area, GeoPoint point, long office, long troupe)
        {
            if (_rng.NextDouble() < 0.9)
            {
                var hall = CreateResource(new Resource
                {
                    Name = name + " 活动室",
                    ResourceKind = ResourceKind.Venue,
                    Services = ["venue.hall"],
                    Capacity = 30 + 10 * _rng.Next(0, 10),
                    Equipment = _rng.NextDouble() < 0.5 ? HallEquipment : HallEquipment[..2],
                    Accessible = _rng.NextDouble() < 0.6,
                    OpeningHours = VenueHours,
                }, area, Near(point, 0.002));
                var byArea = _rng.NextDouble() < 0.7;
                Link(LinkType.Owns, byArea ? area : office, hall);
                if (byArea) Link(LinkType.Provides, office, hall);
                Link(LinkType.Serves, hall, area);
                _venues.Add(hall);
            }
            if (_rng.NextDouble() < 0.5)
            {
                var square = CreateResource(new Resource
                {
                    Name = name + " 文化广场",
                    ResourceKind = ResourceKind.Venue,
                    Services = ["venue.square"],
                    Capacity = 100 + 50 * _rng.Next(0, 7),
                    Accessible = true,
                    OpeningHours = WeeklySchedule.Always,
                }, area, Near(point, 0.002));
                Link(LinkType.Owns, area, square);
                Link(LinkType.Serves, square, area);
                if (_groups.Count > 0) Link(LinkType.Provides, _groups[0], square);
                _venues.Add(square);
            }
            if (_rng.NextDouble() < 0.3)
            {
                var canteen = CreateResource(new Resource
                {
                    Name = name + " 长者食堂",
                    ResourceKind = ResourceKind.Venue,
                    Services = ["venue.kitchen", "meal.help"],
                    Capacity = 20 + 10 * _rng.Next(0, 5),
                    Accessible = true,
                    OpeningHours = MealHours,
                }, area, Near(point, 0.002));
                Link(LinkType.Owns, township.Company && _rng.NextDouble() < 0.7 ? _hubs.Company : area, canteen);
                Link(LinkType.Serves, canteen, area);
            }
            if (_rng.NextDouble() < 0.5)
            {
                var kit = CreateResource(new Resource
                {
                    Name = name + " 智能设备教具",
                    ResourceKind = ResourceKind.Equipment,
                    Services = ["education.smart-devices"],
                    Quantity = 5 + _rng.Next(0, 16),
                    Unit = "套",
                }, area, point);
                Link(LinkType.Owns, office, kit);
                if (township.University) Link(LinkType.Donates, _hubs.University, kit);
            }
            if (_rng.NextDouble() < 0.35)
            {
                var supplies = CreateResource(new Resource
                {
                    Name = name + " 慰问物资",
                    ResourceKind = ResourceKind.Material,
                    Services = ["material.supplies"],
                    Quantity = 20 + _rng.Next(0, 81),
                    Unit = "份",
                }, area, point);
                Link(LinkType.Owns, office, supplies);
                Link(LinkType.Donates, township.Foundation != 0 ? township.Foundation : _hubs.Foundations[_rng.Next(_hubs.Foundations.Length)], supplies);
                if (_rng.NextDouble() < 0.2) Link(LinkType.Donates, _hubs.Company, supplies);
            }
            if (troupe != 0 && _rng.NextDouble() < 0.6)
            {
                var programme = CreateResource(new Resource
                {
                    Name = name + " 文艺节目单",
                    ResourceKind = ResourceKind.CulturalContent,
                    Services = ["culture.performance.home-delivery"],
                }, area, point);
                Link(LinkType.Owns, troupe, programme);
                Link(LinkType.Serves, programme, area);
            }
        }

        private void BuildElders(long area, long association, long troupe, int firstInterest)
        {
            var count = 5 + _rng.Next(0, 8);
            var interestGroups = _groups.Count - firstInterest - (troupe != 0 ? 1 : 0);
            for (var i = 0; i < count; i++)
            {
                var age = (AgeBand)(1 + Pick(0.35, 0.35, 0.22));
                var living = (LivingSituation)(1 + Pick(0.2, 0.35, 0.4));
                var mobility = (Mobility)(1 + Pick(0.72, 0.18));
                var list = new List<string>(3);
                if (age >= AgeBand.From80To89) list.Add("very-old");
                if (mobility == Mobility.Disabled) list.Add("disabled");
                else if (mobility == Mobility.PartlyDisabled) list.Add("partly-disabled");
                if (living == LivingSituation.Alone) list.Add("living-alone");
                else if (living == LivingSituation.WithSpouse) list.Add("empty-nest");
                if (_rng.NextDouble() < 0.06) list.Add("minimum-income");
                var situations = list.ToArray();
                var elder = Create(new Elder
                {
                    Name = Name("长者", ++_elderCount),
                    IsDemo = true,
                    AgeBand = age,
                    Living = living,
                    Mobility = mobility,
                    Situations = situations,
                    Interests = PickDistinct(ElderInterests, 1 + _rng.Next(0, 3)),
                });
                Link(LinkType.LocatedIn, elder, area);
                if (association != 0 && _rng.NextDouble() < 0.85) Link(LinkType.MemberOf, elder, association);
                if (interestGroups > 0 && mobility == Mobility.Independent && _rng.NextDouble() < 0.6)
                {
                    var first = _rng.Next(interestGroups);
                    Link(LinkType.MemberOf, elder, _groups[firstInterest + first]);
                    if (interestGroups > 1 && _rng.NextDouble() < 0.3)
                        Link(LinkType.MemberOf, elder, _groups[firstInterest + (first + 1 + _rng.Next(interestGroups - 1)) % interestGroups]);
                }
                if (troupe != 0 && mobility == Mobility.Independent && _rng.NextDouble() < 0.15) Link(LinkType.MemberOf, elder, troupe);
                _elders.Add((elder, mobility, situations));
            }
        }

        private void BuildVolunteers(Township township, int index, long area, GeoPoint point, long team)
        {
            var count = Math.Clamp((int)Math.Round(Math.Exp(VolunteerMu + VolunteerSigma * Gaussian())), 0, MaxVolunteersPerCommunity);
            var neighbours = township.Communities.Length - 1;
            for (var i = 0; i < count; i++)
            {
                var category = (VolunteerCategory)(1 + Pick(0.45, 0.15, 0.3));
                var pool = category switch
                {
                    VolunteerCategory.YoungerElder => YoungerElderSkills,
                    VolunteerCategory.Student => StudentSkills,
                    VolunteerCategory.Resident => ResidentSkills,
                    _ => ProfessionalSkills,
                };
                var availability = Schedules[_rng.Next(Schedules.Length)];
                if (_rng.NextDouble() < 0.3) availability = availability.Union(Schedules[_rng.Next(Schedules.Length)]);
                var number = ++_volunteerCount;
                var volunteer = Create(new Volunteer
                {
                    Name = Name("志愿者", number),
                    IsDemo = true,
                    VolunteerNumber = "SYN" + Digits(number, 9),
                    Category = category,
                    Skills = PickDistinct(pool, 1 + _rng.Next(0, 3)),
                    Situations = _rng.NextDouble() < 0.2 ? PickDistinct(VolunteerSituations, 1 + _rng.Next(0, 2)) : [],
                    Availability = availability,
                    MaxTravelKm = Math.Round(1 + 9 * _rng.NextDouble() * _rng.NextDouble(), 1),
                    Capacity = 1 + _rng.Next(0, 3),
                    Point = Near(point, 0.004),
                });
                Link(LinkType.LocatedIn, volunteer, area);
                Link(LinkType.Serves, volunteer, area);
                // Most serve their own community, many a neighbouring one or two as well (distinct by construction).
                var extra = Math.Min(neighbours, Pick(0.1, 0.25, 0.3, 0.2));
                var start = _rng.Next(neighbours + 1);
                for (int k = 0, j = start; k < extra; j++)
                {
                    var other = j % township.Communities.Length;
                    if (other == index) continue;
                    Link(LinkType.Serves, volunteer, township.Communities[other]);
                    k++;
                }
                if (_rng.NextDouble() < 0.3) Link(LinkType.Serves, volunteer, township.Area);
                if (team != 0 && _rng.NextDouble() < 0.85) Link(LinkType.MemberOf, volunteer, team, since: Day(-_rng.Next(10, 1200)));
                if (_groups.Count > 0 && _rng.NextDouble() < 0.7)
                {
                    var first = _rng.Next(_groups.Count);
                    Link(LinkType.MemberOf, volunteer, _groups[first]);
                    if (_groups.Count > 1 && _rng.NextDouble() < 0.4) Link(LinkType.MemberOf, volunteer, _groups[(first + 1 + _rng.Next(_groups.Count - 1)) % _groups.Count]);
                }
                if (category == VolunteerCategory.YoungerElder && _rng.NextDouble() < (township.University ? 0.2 : 0.05))
                    Link(LinkType.MemberOf, volunteer, _hubs.University);
                // Volunteer training (志愿者培训) is mostly the station's job, some of it the agency's or the university's.
                if (_rng.NextDouble() < 0.6) Link(LinkType.Trains, township.Workers[_rng.Next(township.Workers.Length)], volunteer);
                if (_rng.NextDouble() < 0.15) Link(LinkType.Trains, township.Agency, volunteer);
                if (township.University && _rng.NextDouble() < 0.1) Link(LinkType.Trains, _hubs.University, volunteer);
                if (_rng.NextDouble() < 0.7) Link(LinkType.Guides, _workers[_rng.Next(_workers.Count)], volunteer);
                _volunteers.Add(volunteer);
            }
        }

        private void LeadGroups(long association, long team, int firstInterest)
        {
            if (association != 0 && _elders.Count > 0) Link(LinkType.Leads, _elders[0].Id, association);
            if (team != 0 && _volunteers.Count > 0) Link(LinkType.Leads, _volunteers[0], team);
            for (var g = firstInterest; g < _groups.Count; g++)
            {
                // Younger elders and volunteers lead interest groups and troupes; the elder list is never empty.
                var leader = _volunteers.Count > 0 && _rng.NextDouble() < 0.5 ? _volunteers[_rng.Next(_volunteers.Count)] : _elders[_rng.Next(_elders.Count)].Id;
                Link(LinkType.Leads, leader, _groups[g]);
            }
        }

        private void BuildActivities(Township township, long area, long office)
        {
            var count = 3 + _rng.Next(0, 4);
            for (var a = 0; a < count; a++)
            {
                var organizer = _groups.Count > 0 && _rng.NextDouble() < 0.6 ? _groups[_rng.Next(_groups.Count)] : office;
                var services = _rng.NextDouble() < 0.3 ? (string[])["education.smart-devices"] : [InterestServices[_rng.Next(InterestServices.Length)]];
                var from = BaseDate.AddDays(_rng.Next(0, 180));
                var activity = Create(new Activity
                {
                    Name = Name("合成活动", ++_activityCount),
                    IsDemo = true,
                    Services = services,
                    Participants = 10 + _rng.Next(0, 51),
                    Schedule = new TimeWindow { From = from, To = from.AddDays(28 * (1 + _rng.Next(0, 6))), Weekly = Schedules[_rng.Next(Schedules.Length)] },
                });
                Link(LinkType.LocatedIn, activity, area);
                Link(LinkType.OrganizedBy, activity, organizer);
                Link(LinkType.HostedAt, activity, _venues.Count > 0 && _rng.NextDouble() < 0.8 ? _venues[_rng.Next(_venues.Count)] : township.Venue);
                if (organizer != office) Link(LinkType.DeliveredBy, activity, organizer);
                if (_rng.NextDouble() < 0.4) Link(LinkType.DeliveredBy, activity, _workers[_rng.Next(_workers.Count)]);
                if (township.University && services[0] == "education.smart-devices" && _rng.NextDouble() < 0.5)
                    Link(LinkType.DeliveredBy, activity, _hubs.University);
                if (_volunteers.Count == 0) continue;
                var deliverers = Math.Min(_volunteers.Count, 3 + _rng.Next(0, 7));
                var start = _rng.Next(_volunteers.Count);
                for (var k = 0; k < deliverers; k++)
                {
                    var volunteer = _volunteers[(start + k) % _volunteers.Count];
                    Link(LinkType.DeliveredBy, activity, volunteer);
                    if (_rng.NextDouble() < 0.1)
                    {
                        Create(new ServiceRecord
                        {
                            Name = Name("服务记录", ++_recordCount),
                            IsDemo = true,
                            ServedById = volunteer,
                            ForId = activity,
                            Date = from.AddDays(7 * _rng.Next(0, 4)),
                            Hours = 1.5m + 0.5m * _rng.Next(0, 3),
                            Rating = _rng.NextDouble() < 0.5 ? 4 + _rng.Next(0, 2) : null,
                        });
                    }
                }
                if (_rng.NextDouble() < 0.5) Link(LinkType.Leads, _volunteers[start], activity);
            }
        }

        private void BuildNeeds(Township township, long area, long office, long troupe)
        {
            var sender = _workers[0];
            foreach (var (elder, mobility, situations) in _elders)
            {
                var chance = mobility switch { Mobility.Disabled => 0.85, Mobility.PartlyDisabled => 0.55, _ => 0.2 };
                if (_rng.NextDouble() >= chance) continue;
                var home = mobility != Mobility.Independent;
                var category = home ? HomeNeeds[_rng.Next(HomeNeeds.Length)] : VenueNeeds[_rng.Next(VenueNeeds.Length)];
                var status = (NeedStatus)(1 + Pick(0.5, 0.2, 0.25));
                var need = CreateNeed(category, situations, home ? NeedMode.Home : _rng.NextDouble() < 0.8 ? NeedMode.Venue : NeedMode.Online, status, null);
                Link(LinkType.HasNeed, elder, need);
                Link(LinkType.LocatedIn, need, area);
                if (status is not (NeedStatus.Referred or NeedStatus.Met)) continue;
                var helper = category == "culture.performance.home-delivery" && troupe != 0 ? troupe
                    : _volunteers.Count > 0 ? _volunteers[_rng.Next(_volunteers.Count)] : office;
                if (_volunteers.Count > 1 && _rng.NextDouble() < 0.15)
                {
                    // A first helper declined; the need went on to another.
                    var declined = _volunteers[_rng.Next(_volunteers.Count)];
                    if (declined != helper) Refer(need, declined, sender, ReferralStatus.Declined, null);
                }
                Create(new Consent
                {
                    Name = Name("知情同意", ++_consentCount),
                    IsDemo = true,
                    ElderId = elder,
                    RecipientId = helper,
                    Purpose = "转介服务",
                    Scope = ConsentScope,
                    GivenAt = BaseTime.AddDays(_rng.Next(0, 180)),
                });
                var met = status == NeedStatus.Met;
                Refer(need, helper, sender, met ? ReferralStatus.Completed : _rng.NextDouble() < 0.5 ? ReferralStatus.Accepted : ReferralStatus.InProgress,
                    met ? ReferralOutcome.GotHelp : null);
                if (met && helper != troupe && helper != office)
                {
                    Create(new ServiceRecord
                    {
                        Name = Name("服务记录", ++_recordCount),
                        IsDemo = true,
                        ServedById = helper,
                        ForId = elder,
                        Date = BaseDate.AddDays(_rng.Next(0, 300)),
                        Hours = 1m + 0.25m * _rng.Next(0, 9),
                        Rating = 3 + _rng.Next(0, 3),
                    });
                }
            }
            for (var g = 0; g < _groups.Count; g++)
            {
                if (_rng.NextDouble() >= 0.15) continue;
                var status = _rng.NextDouble() < 0.5 ? NeedStatus.Open : NeedStatus.Met;
                var need = CreateNeed("venue.hall", [], NeedMode.Venue, status, 15 + _rng.Next(0, 46));
                Link(LinkType.HasNeed, _groups[g], need);
                Link(LinkType.LocatedIn, need, area);
                if (status == NeedStatus.Met) Refer(need, township.Venue, office, ReferralStatus.Completed, ReferralOutcome.GotHelp);
            }
            if (_rng.NextDouble() < 0.3)
            {
                var status = township.University && _rng.NextDouble() < 0.5 ? NeedStatus.Referred : NeedStatus.Open;
                var need = CreateNeed("education.smart-devices", [], NeedMode.Venue, status, 20 + _rng.Next(0, 31));
                Link(LinkType.HasNeed, area, need);
                Link(LinkType.LocatedIn, need, area);
                if (status == NeedStatus.Referred) Refer(need, _hubs.University, township.Station, ReferralStatus.Sent, null);
            }
        }

        private long CreateNeed(string category, string[] situations, NeedMode mode, NeedStatus status, int? participants)
        {
            var from = BaseDate.AddDays(_rng.Next(0, 240));
            return Create(new Need
            {
                Name = Name("合成需求", ++_needCount),
                IsDemo = true,
                Categories = [category],
                Situations = situations,
                Mode = mode,
                Status = status,
                Participants = participants,
                Window = new TimeWindow { From = from, To = from.AddDays(30 + _rng.Next(0, 91)), Weekly = Schedules[_rng.Next(Schedules.Length)] },
            });
        }

        // A referral record and its REFERRED_TO link. Its History stays empty: the write path remaps the record's
        // NeedId, HelperId and SenderId from temporary ids but not a transition's ById, so a history naming
        // temporary ids would be stored wrong.
        private void Refer(long need, long helper, long sender, ReferralStatus status, ReferralOutcome? outcome)
        {
            Link(LinkType.ReferredTo, need, helper, since: Day(_rng.Next(0, 240)));
            Create(new Referral
            {
                Name = Name("合成转介", ++_referralCount),
                IsDemo = true,
                NeedId = need,
                HelperId = helper,
                SenderId = sender,
                Status = status,
                Outcome = outcome,
            });
        }

        // ---- nodes ----

        private long Create(Node node) => _set.Create(node);

        private void Link(LinkType type, long from, long to, DateOnly? since = null, double? weight = null) =>
            _set.Link(type, from, to, since: since, weight: weight);

        private long CreateArea(string name, string code, AreaLevel level, AreaKind kind, GeoPoint point, int? population) =>
            Create(new Area { Name = name, Code = code, Level = level, AreaKind = kind, Point = point, Population = population, IsDemo = true });

        private long CreateOrg(string name, OrganizationKind kind, RegistrationStatus registration, string[] services, GeoPoint point, long area)
        {
            var id = Create(new Organization
            {
                Name = name,
                OrganizationKind = kind,
                Registration = registration,
                Services = services,
                Point = point,
                IsDemo = true,
                Availability = kind is OrganizationKind.InterestGroup or OrganizationKind.ArtTroupe or OrganizationKind.VolunteerTeam
                    ? Schedules[_rng.Next(Schedules.Length)] : OfficeHours,
            });
            Link(LinkType.LocatedIn, id, area);
            return id;
        }

        private long CreateWorker(SocialWorkerRole role, long area, GeoPoint point)
        {
            var id = Create(new SocialWorker
            {
                Name = Name("社工", ++_workerCount),
                IsDemo = true,
                Role = role,
                Qualification = (QualificationLevel)(1 + Pick(0.25, 0.5, 0.22)),
                Skills = PickDistinct(WorkerSkills, 2 + _rng.Next(0, 3)),
                Availability = OfficeHours,
                Capacity = 10 + _rng.Next(0, 21),
                Point = Near(point, 0.003),
            });
            Link(LinkType.LocatedIn, id, area);
            return id;
        }

        private long CreateResource(Resource resource, long area, GeoPoint point)
        {
            var id = Create(resource with { IsDemo = true, Point = point });
            Link(LinkType.LocatedIn, id, area);
            return id;
        }

        // ---- draws ----

        private long Neighbour(Township township, int index)
        {
            var other = _rng.Next(township.Communities.Length - 1);
            return township.Communities[other >= index ? other + 1 : other];
        }

        // Index drawn with the given probabilities; the rest of the mass goes to the last index (count + 1 outcomes).
        private int Pick(params ReadOnlySpan<double> probabilities)
        {
            var r = _rng.NextDouble();
            for (var i = 0; i < probabilities.Length; i++)
            {
                if (r < probabilities[i]) return i;
                r -= probabilities[i];
            }
            return probabilities.Length;
        }

        private int Weighted(double[] weights)
        {
            var r = _rng.NextDouble() * weights.Sum();
            for (var i = 0; i < weights.Length - 1; i++)
            {
                if (r < weights[i]) return i;
                r -= weights[i];
            }
            return weights.Length - 1;
        }

        private string[] PickDistinct(string[] pool, int count)
        {
            count = Math.Min(count, pool.Length);
            var result = new string[count];
            var start = _rng.Next(pool.Length);
            var step = 1 + _rng.Next(0, pool.Length - 1);
            // Stepping through the pool from a random start; a step sharing a factor with the length could repeat, so fall back to 1.
            if (GreatestCommonDivisor(step, pool.Length) != 1) step = 1;
            for (var i = 0; i < count; i++) result[i] = pool[(start + i * step) % pool.Length];
            return result;
        }

        private static int GreatestCommonDivisor(int a, int b) => b == 0 ? a : GreatestCommonDivisor(b, a % b);

        private double Gaussian()
        {
            var u1 = 1.0 - _rng.NextDouble();
            var u2 = _rng.NextDouble();
            return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        }

        private GeoPoint Near(GeoPoint centre, double spread) =>
            Round(new GeoPoint(centre.Lat + spread * Gaussian(), centre.Lon + spread * Gaussian()));

        private static GeoPoint Round(GeoPoint p) => new(Math.Round(p.Lat, 5), Math.Round(p.Lon, 5));

        private static DateOnly Day(int offset) => BaseDate.AddDays(offset);

        // Splits total into parts of at least 1 and at most caps[i], roughly even with a jitter of ±jitter.
        private int[] Split(int total, int[] caps, double jitter)
        {
            var n = caps.Length;
            var sizes = new int[n];
            var weights = new double[n];
            for (var i = 0; i < n; i++) weights[i] = 1 - jitter + 2 * jitter * _rng.NextDouble();
            var sum = weights.Sum();
            var spare = total - n;
            var assigned = 0;
            for (var i = 0; i < n; i++)
            {
                sizes[i] = 1 + Math.Min(caps[i] - 1, (int)(spare * weights[i] / sum));
                assigned += sizes[i];
            }
            for (var i = 0; assigned < total; i = (i + 1) % n)
            {
                if (sizes[i] < caps[i])
                {
                    sizes[i]++;
                    assigned++;
                }
            }
            return sizes;
        }

        private static string Name(string prefix, int number) => string.Create(CultureInfo.InvariantCulture, $"{prefix} {number}");

        private static string Digits(int value, int width) => value.ToString(new string('0', width), CultureInfo.InvariantCulture);
    }
}
