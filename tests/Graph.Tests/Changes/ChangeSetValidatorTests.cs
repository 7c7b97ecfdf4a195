using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using static ResourceHub.Graph.Tests.Changes.SnapshotFixture;

namespace ResourceHub.Graph.Tests.Changes;

public class ChangeSetValidatorTests
{
    private const string BadInput = ChangeErrorCodes.BadUserInput;
    private const string NotFound = ChangeErrorCodes.NotFound;
    private const string InUse = ChangeErrorCodes.InUse;
    private const string Conflict = ChangeErrorCodes.Conflict;

    // ---- names, descriptions, points -------------------------------------------------------------

    [Fact]
    public void Validate_EmptyName_RefusesName()
    {
        var set = new ChangeSet();
        set.Create(Station(""));

        AssertRefused(set, 0, "name", BadInput, "must not be empty");
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\t \u3000")]
    public void Validate_WhitespaceName_RefusesName(string name)
    {
        var set = new ChangeSet();
        set.Create(Station(name));

        AssertRefused(set, 0, "name", BadInput, "must not be empty");
    }

    [Fact]
    public void Validate_Name201Chars_RefusesName()
    {
        var set = new ChangeSet();
        set.Create(Station(new string('站', 201)));

        AssertRefused(set, 0, "name", BadInput, "at most 200 characters (has 201)");
    }

    [Fact]
    public void Validate_Name200Chars_Accepts()
    {
        var set = new ChangeSet();
        set.Create(Station(new string('站', 200)));

        AssertAccepted(set);
    }

    [Fact]
    public void Validate_ChineseName_Accepts()
    {
        var set = new ChangeSet();
        set.Create(Organization("望城区老年大学", OrganizationKind.EducationUnit));

        var plan = AssertAccepted(set);

        Assert.Equal("望城区老年大学", Assert.Single(plan.Creates).Name);
    }

    [Theory]
    [InlineData("张三\n")]
    [InlineData("张\t三")]
    [InlineData("\u007f高塘岭")]
    public void Validate_NameWithControlChars_RefusesName(string name)
    {
        var set = new ChangeSet();
        set.Create(Volunteer("VN4301120009", name));

        AssertRefused(set, 0, "name", BadInput, "control characters");
    }

    [Fact]
    public void Validate_DescriptionTooLong_RefusesDescription()
    {
        var set = new ChangeSet();
        set.Create(Station() with { Description = new string('述', NodeRules.MaxDescriptionLength + 1) });

        AssertRefused(set, 0, "description", BadInput, "at most 4000 characters");
    }

    [Fact]
    public void Validate_DescriptionOfMaxLength_Accepts()
    {
        var set = new ChangeSet();
        set.Create(Station() with { Description = new string('述', NodeRules.MaxDescriptionLength) });

        AssertAccepted(set);
    }

    [Theory]
    [InlineData(91.0, 112.9)]
    [InlineData(-90.5, 112.9)]
    [InlineData(28.3, -181.0)]
    [InlineData(28.3, 180.01)]
    [InlineData(double.NaN, 112.9)]
    [InlineData(28.3, double.PositiveInfinity)]
    public void Validate_PointOutOfRange_RefusesPoint(double lat, double lon)
    {
        var set = new ChangeSet();
        set.Create(Station() with { Point = new GeoPoint(lat, lon) });

        AssertRefused(set, 0, "point", BadInput, "out of range: latitude -90..90, longitude -180..180");
    }

    [Theory]
    [InlineData(90.0, 180.0)]
    [InlineData(-90.0, -180.0)]
    [InlineData(28.37, 112.82)]
    public void Validate_PointInRange_Accepts(double lat, double lon)
    {
        var set = new ChangeSet();
        set.Create(Station() with { Point = new GeoPoint(lat, lon) });

        AssertAccepted(set);
    }

    // ---- area codes and the area hierarchy -------------------------------------------------------

    [Theory]
    [InlineData("4301", AreaLevel.District, AreaKind.District, 6)]
    [InlineData("43011200", AreaLevel.Township, AreaKind.Subdistrict, 9)]
    [InlineData("4301120010011", AreaLevel.Community, AreaKind.Community, 12)]
    [InlineData("", AreaLevel.Community, AreaKind.Community, 12)]
    public void Validate_AreaCodeOfWrongLength_RefusesCode(string code, AreaLevel level, AreaKind kind, int digits)
    {
        var set = new ChangeSet();
        set.Create(Area(code, level, kind, "某地"));

        AssertRefused(set, 0, "code", BadInput, $"'{code}' is not a {(level == AreaLevel.Community ? "community or village" : level.ToString().ToLowerInvariant())} code: those have {digits} digits");
    }

    [Theory]
    [InlineData("43011200A")]
    [InlineData("430112 01")]
    [InlineData("-43011201")]
    [InlineData("４３０１１２００１")]
    public void Validate_AreaCodeWithNonDigits_RefusesCode(string code)
    {
        var set = new ChangeSet();
        set.Create(Area(code, AreaLevel.Township, AreaKind.Subdistrict, "某街道"));

        AssertRefused(set, 0, "code", BadInput, $"'{code}' is not a township code: those have 9 digits");
    }

    [Theory]
    [InlineData("430112", AreaLevel.City, AreaKind.City, "its code ends in 00")]
    [InlineData("430100", AreaLevel.District, AreaKind.District, "does not end in 00")]
    [InlineData("430112100", AreaLevel.Township, AreaKind.Subdistrict, "001-099 for a subdistrict")]
    [InlineData("430112000", AreaLevel.Township, AreaKind.Subdistrict, "001-099 for a subdistrict")]
    [InlineData("430112099", AreaLevel.Township, AreaKind.Town, "100-199 for a town")]
    [InlineData("430112200", AreaLevel.Township, AreaKind.Town, "100-199 for a town")]
    [InlineData("430112199", AreaLevel.Township, AreaKind.Township, "200-399 for a township")]
    [InlineData("430112400", AreaLevel.Township, AreaKind.Township, "200-399 for a township")]
    [InlineData("430112001", AreaLevel.Township, AreaKind.Community, "001-099 for a subdistrict")]
    [InlineData("430112001000", AreaLevel.Community, AreaKind.Community, "community (社区) code ends in 001-199")]
    [InlineData("430112001200", AreaLevel.Community, AreaKind.Community, "community (社区) code ends in 001-199")]
    [InlineData("430112001199", AreaLevel.Community, AreaKind.Village, "village (村) code in 200-399")]
    [InlineData("430112001400", AreaLevel.Community, AreaKind.Village, "village (村) code in 200-399")]
    public void Validate_AreaCodeNotFittingItsKind_RefusesCode(string code, AreaLevel level, AreaKind kind, string rule)
    {
        var set = new ChangeSet();
        set.Create(Area(code, level, kind, "某地"));

        var error = AssertRefused(set, 0, "code", BadInput, $"'{code}' does not fit the area's kind");
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("430112001", AreaKind.Subdistrict)]
    [InlineData("430112099", AreaKind.Subdistrict)]
    [InlineData("430112100", AreaKind.Town)]
    [InlineData("430112199", AreaKind.Town)]
    [InlineData("430112200", AreaKind.Township)]
    [InlineData("430112399", AreaKind.Township)]
    public void Validate_TownshipCodeAtEdgeOfItsKind_Accepts(string code, AreaKind kind)
    {
        var set = new ChangeSet();
        var city = set.Create(City());
        var district = set.Create(District());
        var township = set.Create(Area(code, AreaLevel.Township, kind, "某乡镇"));
        set.Link(LinkType.PartOf, district, city);
        set.Link(LinkType.PartOf, township, district);

        AssertAccepted(set);
    }

    [Theory]
    [InlineData("430112001001", AreaKind.Community)]
    [InlineData("430112001199", AreaKind.Community)]
    [InlineData("430112001200", AreaKind.Village)]
    [InlineData("430112001399", AreaKind.Village)]
    public void Validate_CommunityCodeAtEdgeOfItsKind_Accepts(string code, AreaKind kind)
    {
        var set = new ChangeSet();
        var city = set.Create(City());
        var district = set.Create(District());
        var township = set.Create(Subdistrict());
        var community = set.Create(Area(code, AreaLevel.Community, kind, "某社区"));
        set.Link(LinkType.PartOf, district, city);
        set.Link(LinkType.PartOf, township, district);
        set.Link(LinkType.PartOf, community, township);

        AssertAccepted(set);
    }

    [Fact]
    public void Validate_CommunityCodeNotStartingWithTownshipCode_RefusesCode()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        var community = set.Create(Community("430112002001", "错挂社区"));
        set.Link(LinkType.PartOf, community, net.Township);

        var error = AssertRefused(set, net.Snapshot, 0, "code", BadInput, "'430112002001' does not fit its parent '高塘岭街道' (430112001)");
        Assert.Contains("must start with 430112001", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DistrictCodeNotStartingWithCityPrefix_RefusesCode()
    {
        var set = new ChangeSet();
        var city = set.Create(City());
        var district = set.Create(Area("430212", AreaLevel.District, AreaKind.District, "外市某区"));
        set.Link(LinkType.PartOf, district, city);

        AssertRefused(set, 1, "code", BadInput, "must start with 4301");
    }

    [Fact]
    public void Validate_VillageDirectlyUnderDistrict_RefusesParent()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        var village = set.Create(Village("430112101201"));
        set.Link(LinkType.PartOf, village, net.District);

        var error = AssertRefused(set, net.Snapshot, 0, "parent", BadInput, "Village 430112101201 must lie in a Township");
        Assert.Contains("not in District '望城区'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TownshipWithoutParent_RefusesParent()
    {
        var set = new ChangeSet();
        set.Create(Subdistrict());

        AssertRefused(set, 0, "parent", BadInput, "Subdistrict 430112001 must lie in a District (PartOf link)");
    }

    [Fact]
    public void Validate_CommunityWithoutParent_RefusesParent()
    {
        var set = new ChangeSet();
        set.Create(Community());

        AssertRefused(set, 0, "parent", BadInput, "Community 430112001001 must lie in a Township (PartOf link)");
    }

    [Fact]
    public void Validate_AreaWithNegativePopulation_RefusesPopulation()
    {
        var set = new ChangeSet();
        set.Create(City() with { Population = -1 });

        AssertRefused(set, 0, "population", BadInput, "must not be negative");
    }

    // ---- needs and taxonomy codes ----------------------------------------------------------------

    [Fact]
    public void Validate_NeedWithoutCategories_RefusesCategories()
    {
        var net = MiniNetwork();

        AssertRefused(OwnedNeed(net, Need() with { Categories = [] }), net.Snapshot, 0, "categories", BadInput, "at least one service category");
    }

    [Fact]
    public void Validate_UnknownServiceCode_RefusesCategories()
    {
        var net = MiniNetwork();

        AssertRefused(OwnedNeed(net, Need() with { Categories = ["education.smartphones"] }), net.Snapshot,
            0, "categories", BadInput, "'education.smartphones' is not a service code of the taxonomy");
    }

    [Theory]
    [InlineData("lonely")]
    [InlineData("culture")]
    public void Validate_UnknownSituationCode_RefusesSituations(string code)
    {
        var net = MiniNetwork();

        AssertRefused(OwnedNeed(net, Need() with { Situations = [code] }), net.Snapshot,
            0, "situations", BadInput, $"'{code}' is not a situation code of the taxonomy");
    }

    [Fact]
    public void Validate_SituationCodeAsService_RefusesCategories()
    {
        var net = MiniNetwork();

        AssertRefused(OwnedNeed(net, Need() with { Categories = ["living-alone"] }), net.Snapshot,
            0, "categories", BadInput, "'living-alone' is not a service code of the taxonomy");
    }

    [Fact]
    public void Validate_DuplicateCodeInList_RefusesCategories()
    {
        var net = MiniNetwork();

        AssertRefused(OwnedNeed(net, Need() with { Categories = ["culture.opera", "culture.opera"] }), net.Snapshot,
            0, "categories", BadInput, "'culture.opera' is listed twice");
    }

    [Fact]
    public void Validate_HelpersWantedZero_RefusesHelpersWanted()
    {
        var net = MiniNetwork();

        AssertRefused(OwnedNeed(net, Need() with { HelpersWanted = 0 }), net.Snapshot, 0, "helpersWanted", BadInput, "must be 1 to 100");
    }

    [Fact]
    public void Validate_NeedWithNegativeParticipants_RefusesParticipants()
    {
        var net = MiniNetwork();

        AssertRefused(OwnedNeed(net, Need() with { Participants = -3 }), net.Snapshot, 0, "participants", BadInput, "must not be negative");
    }

    [Fact]
    public void Validate_WindowFromAfterTo_RefusesWindow()
    {
        var net = MiniNetwork();
        var window = new TimeWindow { From = new DateOnly(2026, 10, 29), To = new DateOnly(2026, 10, 1) };

        AssertRefused(OwnedNeed(net, Need() with { Window = window }), net.Snapshot,
            0, "window", BadInput, "starts (2026-10-29) after it ends (2026-10-01)");
    }

    [Fact]
    public void Validate_WindowOfOneDay_Accepts()
    {
        var net = MiniNetwork();
        var window = new TimeWindow { From = new DateOnly(2026, 10, 29), To = new DateOnly(2026, 10, 29) };

        AssertAccepted(OwnedNeed(net, Need("重阳节文艺演出") with { Categories = ["culture.performance"], Window = window }), net.Snapshot);
    }

    [Fact]
    public void Validate_ActivityScheduleFromAfterTo_RefusesSchedule()
    {
        var set = new ChangeSet();
        set.Create(new Activity
        {
            Name = "智慧工具课堂",
            Services = ["education.smart-devices"],
            Schedule = new TimeWindow { From = new DateOnly(2026, 12, 31), To = new DateOnly(2026, 9, 1) },
        });

        AssertRefused(set, 0, "schedule", BadInput, "starts (2026-12-31) after it ends (2026-09-01)");
    }

    [Fact]
    public void Validate_ProjectWithNegativeBudget_RefusesBudget()
    {
        var set = new ChangeSet();
        set.Create(new Project { Name = "文化养老服务项目", Services = ["culture"], Budget = -1m });

        AssertRefused(set, 0, "budget", BadInput, "must not be negative");
    }

    // ---- volunteers, capacities, enums ------------------------------------------------------------

    [Theory]
    [InlineData("")]
    [InlineData("VN123")]
    [InlineData("VN3456789012345678901234567890123")]
    [InlineData("VN-123456")]
    [InlineData("VN 123456")]
    [InlineData("志愿者123456")]
    public void Validate_MalformedVolunteerNumber_RefusesVolunteerNumber(string number)
    {
        var set = new ChangeSet();
        set.Create(Volunteer(number));

        AssertRefused(set, 0, "volunteerNumber", BadInput, "6 to 32 letters or digits");
    }

    [Theory]
    [InlineData("VN1234")]
    [InlineData("VN345678901234567890123456789012")]
    public void Validate_VolunteerNumberOf6Or32Chars_Accepts(string number)
    {
        var set = new ChangeSet();
        set.Create(Volunteer(number));

        AssertAccepted(set);
    }

    [Fact]
    public void Validate_VolunteerNumberShapedLikeIdCard_RefusesVolunteerNumber()
    {
        // 17 digits and a final digit or X is the shape of an ID-card number, which the hub never stores.
        var set = new ChangeSet();
        set.Create(Volunteer("43011219800101123X"));

        AssertRefused(set, 0, "volunteerNumber", BadInput, "looks like an ID-card number");
    }

    [Fact]
    public void Validate_VolunteerNumberWithTrailingNewline_RefusesVolunteerNumber()
    {
        var set = new ChangeSet();
        set.Create(Volunteer("VN4301120009\n"));

        AssertRefused(set, 0, "volunteerNumber", BadInput, "6 to 32 letters or digits");
    }

    [Fact]
    public void Validate_PhoneWithTrailingNewline_RefusesPhone()
    {
        var set = new ChangeSet();
        set.Create(Elder() with { Phone = "0731-88888888\n" });

        AssertRefused(set, 0, "phone", BadInput, "5 to 20 digits");
    }

    [Fact]
    public void Validate_MalformedPhone_RefusesPhone()
    {
        var set = new ChangeSet();
        set.Create(Elder() with { Phone = "call me" });

        AssertRefused(set, 0, "phone", BadInput, "5 to 20 digits, spaces or dashes");
    }

    [Fact]
    public void Validate_VolunteerNumberTwiceInOneSet_RefusesSecond()
    {
        var set = new ChangeSet();
        set.Create(Volunteer("VN4301120009", "志愿者乙"));
        set.Create(Volunteer("VN4301120009", "志愿者丙"));

        AssertRefused(set, 1, "volunteerNumber", BadInput, "volunteer number 'VN4301120009' is already taken");
    }

    [Fact]
    public void Validate_VolunteerNumberOfExistingVolunteer_RefusesVolunteerNumber()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        set.Create(Volunteer("VN4301120001", "志愿者乙"));

        AssertRefused(set, net.Snapshot, 0, "volunteerNumber", BadInput, "volunteer number 'VN4301120001' is already taken");
    }

    [Fact]
    public void Validate_VolunteerNumberFreedInSameSet_Accepts()
    {
        var net = MiniNetwork();
        var old = net.Snapshot.Node<Volunteer>(net.Volunteer)!;
        var set = new ChangeSet();
        set.Update(old with { VolunteerNumber = "VN4301120002" });
        var newcomer = set.Create(Volunteer("VN4301120001", "志愿者乙"));
        set.Link(LinkType.LocatedIn, newcomer, net.Community);

        AssertAccepted(set, net.Snapshot);
    }

    [Fact]
    public void Validate_AreaCodeOfExistingArea_RefusesCode()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        var copy = set.Create(Community("430112001001", "重复社区"));
        set.Link(LinkType.PartOf, copy, net.Township);

        AssertRefused(set, net.Snapshot, 0, "code", BadInput, "area code '430112001001' is already taken");
    }

    [Fact]
    public void Validate_TwoCommunitiesSwapCodes_Accepts()
    {
        long second = 0;
        var net = MiniNetwork((set, t) =>
        {
            second = set.Create(Community("430112001002", "乙社区"));
            set.Link(LinkType.PartOf, second, t.Township);
        });
        var set = new ChangeSet();
        set.Update(net.Snapshot.Node<Area>(net.Community)! with { Code = "430112001002" });
        set.Update(net.Snapshot.Node<Area>(net.IdOf(second))! with { Code = "430112001001" });

        AssertAccepted(set, net.Snapshot);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(100.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Validate_MaxTravelKmOutOfRange_RefusesMaxTravelKm(double km)
    {
        var set = new ChangeSet();
        set.Create(Volunteer("VN4301120009") with { MaxTravelKm = km });

        AssertRefused(set, 0, "maxTravelKm", BadInput, "must be 0 to 100 km");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(100.0)]
    public void Validate_MaxTravelKmAtEdge_Accepts(double km)
    {
        var set = new ChangeSet();
        set.Create(Volunteer("VN4301120009") with { MaxTravelKm = km });

        AssertAccepted(set);
    }

    [Theory]
    [InlineData(NodeKind.Organization)]
    [InlineData(NodeKind.SocialWorker)]
    [InlineData(NodeKind.Volunteer)]
    [InlineData(NodeKind.Resource)]
    public void Validate_NegativeCapacity_RefusesCapacity(NodeKind kind)
    {
        Node node = kind switch
        {
            NodeKind.Organization => Station() with { Capacity = -1 },
            NodeKind.SocialWorker => SocialWorker() with { Capacity = -1 },
            NodeKind.Volunteer => Volunteer("VN4301120009") with { Capacity = -1 },
            _ => Venue() with { Capacity = -1 },
        };
        var set = new ChangeSet();
        set.Create(node);

        AssertRefused(set, 0, "capacity", BadInput, "must not be negative");
    }

    [Fact]
    public void Validate_NegativeQuantity_RefusesQuantity()
    {
        var set = new ChangeSet();
        set.Create(new Resource { Name = "慈善资金", ResourceKind = ResourceKind.Funding, Services = ["funding.grant"], Quantity = -500m, Unit = "CNY" });

        AssertRefused(set, 0, "quantity", BadInput, "must not be negative");
    }

    [Theory]
    [InlineData("organizationKind")]
    [InlineData("registration")]
    [InlineData("role")]
    [InlineData("qualification")]
    [InlineData("category")]
    [InlineData("resourceKind")]
    [InlineData("ageBand")]
    [InlineData("living")]
    [InlineData("mobility")]
    [InlineData("mode")]
    [InlineData("status")]
    public void Validate_UndefinedEnumValue_RefusesField(string field)
    {
        Node node = field switch
        {
            "organizationKind" => Station() with { OrganizationKind = 0 },
            "registration" => Station() with { Registration = (RegistrationStatus)99 },
            "role" => SocialWorker() with { Role = 0 },
            "qualification" => SocialWorker() with { Qualification = 0 },
            "category" => Volunteer("VN4301120009") with { Category = 0 },
            "resourceKind" => Venue() with { ResourceKind = 0 },
            "ageBand" => Elder() with { AgeBand = 0 },
            "living" => Elder() with { Living = (LivingSituation)5 },
            "mobility" => Elder() with { Mobility = 0 },
            "mode" => Need() with { Mode = 0 },
            _ => Need() with { Status = 0 },
        };
        var set = new ChangeSet();
        set.Create(node);

        AssertRefused(set, 0, field, BadInput, "must be one of ");
    }

    [Fact]
    public void Validate_OrganizationKindZero_NamesTheAllowedKinds()
    {
        var set = new ChangeSet();
        set.Create(Station() with { OrganizationKind = 0 });

        AssertRefused(set, 0, "organizationKind", BadInput, "must be one of the values the API lists for this field");
    }

    // ---- records ------------------------------------------------------------------------------------

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(25.0)]
    [InlineData(24.25)]
    public void Validate_ServiceRecordHoursOutOfRange_RefusesHours(double hours)
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        set.Create(Served(net) with { Hours = (decimal)hours });

        AssertRefused(set, net.Snapshot, 0, "hours", BadInput, "more than 0 and at most 24");
    }

    [Theory]
    [InlineData(0.25)]
    [InlineData(24.0)]
    public void Validate_ServiceRecordHoursAtEdge_Accepts(double hours)
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        set.Create(Served(net) with { Hours = (decimal)hours });

        AssertAccepted(set, net.Snapshot);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Validate_ServiceRecordRatingOutOfRange_RefusesRating(int rating)
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        set.Create(Served(net) with { Rating = rating });

        AssertRefused(set, net.Snapshot, 0, "rating", BadInput, "must be 1 to 5");
    }

    [Fact]
    public void Validate_ConsentWithoutScope_RefusesScope()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        set.Create(Consented(net) with { Scope = [] });

        AssertRefused(set, net.Snapshot, 0, "scope", BadInput, "at least one kind of data");
    }

    [Fact]
    public void Validate_ConsentWithoutPurpose_RefusesPurpose()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        set.Create(Consented(net) with { Purpose = " " });

        AssertRefused(set, net.Snapshot, 0, "purpose", BadInput, "must be 1 to 200 characters");
    }

    [Fact]
    public void Validate_ConsentWithdrawnBeforeGiven_RefusesWithdrawnAt()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        var consent = Consented(net);
        set.Create(consent with { WithdrawnAt = consent.GivenAt.AddDays(-1) });

        AssertRefused(set, net.Snapshot, 0, "withdrawnAt", BadInput, "must not be before givenAt");
    }

    [Fact]
    public void Validate_RecordNamingMissingNode_ReportsNotFound()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        set.Create(Referred(net) with { HelperId = 999 });

        AssertRefused(set, net.Snapshot, 0, "helperId", NotFound, "there is no node with this id");
    }

    [Fact]
    public void Validate_ReferralNeedIdNamingVolunteer_RefusesNeedId()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        set.Create(Referred(net) with { NeedId = net.Volunteer });

        AssertRefused(set, net.Snapshot, 0, "needId", BadInput, "must name a node of kind Need, not Volunteer");
    }

    [Fact]
    public void Validate_ServiceRecordForOrganization_RefusesForId()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        set.Create(Served(net) with { ForId = net.Station });

        AssertRefused(set, net.Snapshot, 0, "forId", BadInput, "must name a node of kind Elder, Need, Activity, Area, not Organization");
    }

    [Fact]
    public void Validate_ConsentNamingElderCreatedInSameSet_Accepts()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        var elder = set.Create(Elder("老人乙"));
        set.Link(LinkType.LocatedIn, elder, net.Community);
        set.Create(Consented(net) with { ElderId = elder });

        AssertAccepted(set, net.Snapshot);
    }

    // ---- links ----------------------------------------------------------------------------------------

    [Fact]
    public void Validate_LinkToMissingNode_ReportsNotFound()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        set.Link(LinkType.Serves, net.Volunteer, 999);

        AssertRefused(set, net.Snapshot, 0, "toId", NotFound, "there is no node with this id");
    }

    [Fact]
    public void Validate_LinkFromMissingNode_ReportsNotFound()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        set.Link(LinkType.Serves, 999, net.Community);

        AssertRefused(set, net.Snapshot, 0, "fromId", NotFound, "there is no node with this id");
    }

    [Fact]
    public void Validate_LinkToUnknownTempId_ReportsNotFound()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        set.Link(LinkType.Serves, net.Volunteer, -42);

        AssertRefused(set, net.Snapshot, 0, "toId", NotFound, "there is no node with this id");
    }

    [Fact]
    public void Validate_ServesFromElder_RefusesType()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        set.Link(LinkType.Serves, net.Elder, net.Community);

        var error = AssertRefused(set, net.Snapshot, 0, "type", BadInput, "Serves cannot join Elder → Area");
        Assert.Contains("it joins Organization|SocialWorker|Volunteer|Resource|Project → Area", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LocatedInOrganization_RefusesType()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        var venue = set.Create(Venue());
        set.Link(LinkType.LocatedIn, venue, net.Station);

        AssertRefused(set, net.Snapshot, 1, "type", BadInput, "LocatedIn cannot join Resource → Organization");
    }

    [Fact]
    public void Validate_UndefinedLinkType_RefusesType()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        set.Link(0, net.Station, net.Township);

        AssertRefused(set, net.Snapshot, 0, "type", BadInput, "must be one of LocatedIn, PartOf");
    }

    [Fact]
    public void Validate_DuplicateLinkInSet_RefusesSecond()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        set.Link(LinkType.Serves, net.Volunteer, net.Community);
        set.Link(LinkType.Serves, net.Volunteer, net.Community);

        AssertRefused(set, net.Snapshot, 1, "toId", BadInput, $"Volunteer {net.Volunteer} already has a Serves link to Area {net.Community}");
    }

    [Fact]
    public void Validate_DuplicateOfExistingLink_Refuses()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        set.Link(LinkType.Serves, net.Station, net.Township);

        AssertRefused(set, net.Snapshot, 0, "toId", BadInput, $"Organization {net.Station} already has a Serves link to Area {net.Township}");
    }

    [Fact]
    public void Validate_RelinkAfterUnlinkInSameSet_Accepts()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        set.Unlink(LinkType.Serves, net.Station, net.Township);
        set.Link(LinkType.Serves, net.Station, net.Township, note: "2027 年起");

        var plan = AssertAccepted(set, net.Snapshot);

        Assert.Single(plan.LinkDeletes);
        Assert.Equal("2027 年起", Assert.Single(plan.LinkCreates).Note);
    }

    [Fact]
    public void Validate_SelfLink_Refuses()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        set.Link(LinkType.PartnersWith, net.Station, net.Station);

        AssertRefused(set, net.Snapshot, 0, "toId", BadInput, "a node cannot be linked to itself");
    }

    [Fact]
    public void Validate_TwoLocatedInFromNewNode_RefusesFromId()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        var volunteer = set.Create(Volunteer("VN4301120009", "志愿者乙"));
        set.Link(LinkType.LocatedIn, volunteer, net.Community);
        set.Link(LinkType.LocatedIn, volunteer, net.Township);

        // Reported at the first LocatedIn link of the node, the one checked first.
        AssertRefused(set, net.Snapshot, 1, "fromId", BadInput, "the new Volunteer may have at most 1 LocatedIn link(s)");
    }

    [Fact]
    public void Validate_SecondLocatedInFromExistingNode_RefusesFromId()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        set.Link(LinkType.LocatedIn, net.Volunteer, net.Township);

        AssertRefused(set, net.Snapshot, 0, "fromId", BadInput, $"Volunteer {net.Volunteer} may have at most 1 LocatedIn link(s)");
    }

    [Fact]
    public void Validate_MoveToAnotherAreaInSameSet_Accepts()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        set.Unlink(LinkType.LocatedIn, net.Volunteer, net.Community);
        set.Link(LinkType.LocatedIn, net.Volunteer, net.Township);

        AssertAccepted(set, net.Snapshot);
    }

    [Fact]
    public void Validate_SecondHasNeedIntoOneNeed_RefusesToId()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        set.Link(LinkType.HasNeed, net.Station, net.Need);

        AssertRefused(set, net.Snapshot, 0, "toId", BadInput, $"Need {net.Need} may have at most 1 incoming HasNeed link(s)");
    }

    [Fact]
    public void Validate_TwoOwnsIntoOneResource_RefusesToId()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        var venue = set.Create(Venue());
        set.Link(LinkType.Owns, net.Station, venue);
        set.Link(LinkType.Owns, net.Community, venue);

        AssertRefused(set, net.Snapshot, 1, "toId", BadInput, "the new Resource may have at most 1 incoming Owns link(s)");
    }

    [Fact]
    public void Validate_StationedAtArtTroupe_RefusesToId()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        var worker = set.Create(SocialWorker());
        var troupe = set.Create(Organization("夕阳红文艺队", OrganizationKind.ArtTroupe, RegistrationStatus.Filed));
        set.Link(LinkType.StationedAt, worker, troupe);

        AssertRefused(set, net.Snapshot, 2, "toId", BadInput, "a social worker is stationed at a social work station (社工站) or a community social-work office (社会工作室)");
    }

    [Theory]
    [InlineData(OrganizationKind.SocialWorkStation)]
    [InlineData(OrganizationKind.SocialWorkOffice)]
    public void Validate_StationedAtStationOrOffice_Accepts(OrganizationKind kind)
    {
        var set = new ChangeSet();
        var worker = set.Create(SocialWorker());
        var station = set.Create(Organization("社工站或社会工作室", kind, RegistrationStatus.NotApplicable));
        set.Link(LinkType.StationedAt, worker, station);

        AssertAccepted(set);
    }

    [Fact]
    public void Validate_NeedWithoutOwner_RefusesOwner()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        var need = set.Create(Need("送节目上门"));

        AssertRefused(set, net.Snapshot, 0, "owner", BadInput, "the new Need must belong to an elder, an organization or an area (HasNeed link)");
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void Validate_LinkWeightOutOfRange_RefusesWeight(double weight)
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        set.Link(LinkType.Serves, net.Volunteer, net.Community, weight: weight);

        AssertRefused(set, net.Snapshot, 0, "weight", BadInput, "must be 0 to 1");
    }

    [Fact]
    public void Validate_LinkUntilBeforeSince_RefusesUntil()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        set.Link(LinkType.Serves, net.Volunteer, net.Community, since: new DateOnly(2026, 3, 1), until: new DateOnly(2025, 3, 1));

        AssertRefused(set, net.Snapshot, 0, "until", BadInput, "must not be before since");
    }

    [Fact]
    public void Validate_LinkNoteTooLong_RefusesNote()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        set.Link(LinkType.Serves, net.Volunteer, net.Community, note: new string('注', 501));

        AssertRefused(set, net.Snapshot, 0, "note", BadInput, "at most 500 characters");
    }

    // ---- updates and deletes -------------------------------------------------------------------------

    [Fact]
    public void Validate_UpdateOfMissingNode_ReportsNotFound()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        set.Update(Volunteer("VN4301120009") with { Id = 999, Version = 1 });

        AssertRefused(set, net.Snapshot, 0, "id", NotFound, "there is no node with this id");
    }

    [Fact]
    public void Validate_UpdateWithStaleVersion_ReportsConflict()
    {
        var net = MiniNetwork();
        var volunteer = net.Snapshot.Node<Volunteer>(net.Volunteer)!;
        var set = new ChangeSet();
        set.Update(volunteer with { Version = 2, MaxTravelKm = 8 });

        AssertRefused(set, net.Snapshot, 0, "version", Conflict, $"Volunteer {net.Volunteer} is at version 1, not 2: it changed since it was read");
    }

    [Fact]
    public void Validate_UpdateWithCurrentVersion_PlansNextVersion()
    {
        var net = MiniNetwork();
        var volunteer = net.Snapshot.Node<Volunteer>(net.Volunteer)!;
        var set = new ChangeSet();
        set.Update(volunteer with { MaxTravelKm = 8 });

        var plan = AssertAccepted(set, net.Snapshot);

        var (node, expected) = Assert.Single(plan.Updates);
        Assert.Equal((2, 1, 8.0), (node.Version, expected, ((Volunteer)node).MaxTravelKm));
    }

    [Fact]
    public void Validate_UpdateChangingKind_RefusesKind()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        set.Update(Elder() with { Id = net.Volunteer, Version = 1 });

        AssertRefused(set, net.Snapshot, 0, "kind", BadInput, $"Volunteer {net.Volunteer} is not a Elder");
    }

    [Fact]
    public void Validate_SameNodeChangedTwice_RefusesSecond()
    {
        var net = MiniNetwork();
        var volunteer = net.Snapshot.Node<Volunteer>(net.Volunteer)!;
        var set = new ChangeSet();
        set.Update(volunteer with { MaxTravelKm = 8 });
        set.Delete(net.Volunteer, 1);

        AssertRefused(set, net.Snapshot, 1, "id", BadInput, $"Volunteer {net.Volunteer} is already changed by another operation of this change set");
    }

    [Fact]
    public void Validate_DeleteOfMissingNode_ReportsNotFound()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        set.Delete(999, 1);

        AssertRefused(set, net.Snapshot, 0, "id", NotFound, "there is no node with this id");
    }

    [Fact]
    public void Validate_DeleteWithStaleVersion_ReportsConflict()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        set.Delete(net.Volunteer, 2);

        AssertRefused(set, net.Snapshot, 0, "version", Conflict, $"Volunteer {net.Volunteer} is at version 1, not 2");
    }

    [Fact]
    public void Validate_DeleteOfNodeNamedByReferral_Refuses()
    {
        long referral = 0;
        var net = MiniNetwork((set, t) => referral = set.Create(Referred(t)));
        var set = new ChangeSet();
        set.Delete(net.Volunteer, 1);

        AssertRefused(set, net.Snapshot, 0, "id", InUse, $"Volunteer {net.Volunteer} is named by Referral {net.IdOf(referral)}; remove that first");
    }

    [Fact]
    public void Validate_DeleteOfNodeTogetherWithReferralNamingIt_Accepts()
    {
        long referral = 0;
        var net = MiniNetwork((set, t) => referral = set.Create(Referred(t)));
        var set = new ChangeSet();
        set.Delete(net.IdOf(referral), 1);
        set.Delete(net.Volunteer, 1);

        AssertAccepted(set, net.Snapshot);
    }

    [Fact]
    public void Validate_DeleteOfElderNamedByConsent_Refuses()
    {
        long consent = 0;
        var net = MiniNetwork((set, t) => consent = set.Create(Consented(t)));
        var set = new ChangeSet();
        set.Delete(net.Need, 1);
        set.Delete(net.Elder, 1);

        AssertRefused(set, net.Snapshot, 1, "id", InUse, $"Elder {net.Elder} is named by Consent {net.IdOf(consent)}");
    }

    [Fact]
    public void Validate_DeleteOfAreaWithChildren_IsRefusedNamingWhatStillNeedsIt()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        set.Delete(net.Township, 1);

        // One refusal, on the delete, names every node it would strand; the community gets no error of its own.
        var error = AssertRefused(set, net.Snapshot, 0, "id", InUse, $"Area {net.Township} is still needed by ");
        Assert.Contains($"Area {net.Community}", error.Message, StringComparison.Ordinal);
        Assert.Contains($"Organization {net.Station}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DeleteOfAreaTogetherWithItsChildren_IsRefusedWhileOthersLieInThem()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        set.Delete(net.Community, 1);
        set.Delete(net.Township, 1);

        var errors = Refused(set, net.Snapshot);
        Assert.All(errors, e => Assert.Equal(InUse, e.Code));
        Assert.Contains(errors, e => e.Message.Contains($"Elder {net.Elder}", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Message.Contains($"Area {net.Community}", StringComparison.Ordinal) && e.Operation == 1);
    }

    [Fact]
    public void Validate_DeleteOfAreaWhoseDependentsMoveInTheSameSet_Accepts()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        var other = set.Create(Community("430112001009", "另一社区"));
        set.Link(LinkType.PartOf, other, net.Township);
        foreach (var e in net.Snapshot.Edges(net.Community, Direction.In, LinkType.LocatedIn).OtherIds.ToArray())
        {
            set.Unlink(LinkType.LocatedIn, e, net.Community);
            set.Link(LinkType.LocatedIn, e, other);
        }
        foreach (var e in net.Snapshot.Edges(net.Community, Direction.Out, LinkType.HasNeed).OtherIds.ToArray())
            set.Unlink(LinkType.HasNeed, net.Community, e);
        set.Delete(net.Community, 1);

        AssertAccepted(set, net.Snapshot);
    }

    [Fact]
    public void Validate_DeleteOfNeedOwner_RefusesNeedWithoutOwner()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        set.Delete(net.Elder, 1);

        AssertRefused(set, net.Snapshot, 0, "id", InUse, $"Elder {net.Elder} is still needed by Need {net.Need}: move or delete them first");
    }

    [Fact]
    public void Validate_UnlinkOfMissingLink_ReportsNotFound()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        set.Unlink(LinkType.Serves, net.Volunteer, net.Community);

        AssertRefused(set, net.Snapshot, 0, "link", NotFound, $"there is no Serves link from Volunteer {net.Volunteer} to Area {net.Community}");
    }

    [Fact]
    public void Validate_UnlinkOfExistingLink_PlansItsDeletion()
    {
        var net = MiniNetwork();
        var link = net.Snapshot.FindLink(LinkType.Serves, net.Station, net.Township)!;
        var set = new ChangeSet();
        set.Unlink(LinkType.Serves, net.Station, net.Township);

        var plan = AssertAccepted(set, net.Snapshot);

        Assert.Equal([link.Id], plan.LinkDeletes.Select(l => l.Id));
    }

    [Fact]
    public void Validate_LinkUpdateWithStaleVersion_ReportsConflict()
    {
        var net = MiniNetwork();
        var link = net.Snapshot.FindLink(LinkType.Serves, net.Station, net.Township)!;
        var set = new ChangeSet();
        set.UpdateLink(link with { Version = 3, Note = "驻站服务" });

        AssertRefused(set, net.Snapshot, 0, "version", Conflict, "the link is at version 1, not 3");
    }

    [Fact]
    public void Validate_LinkUpdateChangingEnds_RefusesType()
    {
        var net = MiniNetwork();
        var link = net.Snapshot.FindLink(LinkType.Serves, net.Station, net.Township)!;
        var set = new ChangeSet();
        set.UpdateLink(link with { ToId = net.Community });

        AssertRefused(set, net.Snapshot, 0, "type", BadInput, "a link's type and ends cannot change; remove it and add another");
    }

    [Fact]
    public void Validate_LinkUpdateOfMissingLink_ReportsNotFound()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        set.UpdateLink(new Link { Id = 999, Type = LinkType.Serves, FromId = net.Station, ToId = net.Township, Version = 1 });

        AssertRefused(set, net.Snapshot, 0, "id", NotFound, "there is no link with this id");
    }

    [Fact]
    public void Validate_LinkUpdatedAndUnlinked_RefusesUnlink()
    {
        var net = MiniNetwork();
        var link = net.Snapshot.FindLink(LinkType.Serves, net.Station, net.Township)!;
        var set = new ChangeSet();
        set.UpdateLink(link with { Weight = 0.8 });
        set.Unlink(LinkType.Serves, net.Station, net.Township);

        AssertRefused(set, net.Snapshot, 1, "id", BadInput, "the link is also updated in this change set");
    }

    [Fact]
    public void Validate_LinkUpdatedThenEndNodeDeleted_NeverPlansUpdateOfDeletedLink()
    {
        var net = MiniNetwork();
        var link = net.Snapshot.FindLink(LinkType.Serves, net.Station, net.Township)!;
        var set = new ChangeSet();
        set.UpdateLink(link with { Weight = 0.8 });
        set.Delete(net.Station, 1);

        var (plan, _) = Validate(net.Snapshot, set);

        Assert.True(plan is null || !plan.LinkUpdates.Any(u => plan.LinkDeletes.Any(d => d.Id == u.Link.Id)),
            "the plan both updates and deletes the same link");
    }

    // ---- whole sets -----------------------------------------------------------------------------------

    [Fact]
    public void Validate_ValidSet_ProducesPlanWithoutErrors()
    {
        var (set, _) = MiniNetworkChanges();

        var plan = AssertAccepted(set);

        Assert.Equal((8, 8), (plan.Creates.Count, plan.LinkCreates.Count));
    }

    [Fact]
    public void Validate_CreatedNode_GetsVersion1AndTheClock()
    {
        var set = new ChangeSet();
        set.Create(Station());

        var node = Assert.Single(AssertAccepted(set).Creates);

        Assert.Equal((1, Now, Now), (node.Version, node.CreatedAt, node.UpdatedAt));
    }

    [Fact]
    public void Validate_DeleteNode_PlansDeletionOfItsLinks()
    {
        var net = MiniNetwork();
        var located = net.Snapshot.FindLink(LinkType.LocatedIn, net.Station, net.Township)!;
        var serves = net.Snapshot.FindLink(LinkType.Serves, net.Station, net.Township)!;
        var set = new ChangeSet();
        set.Delete(net.Station, 1);

        var plan = AssertAccepted(set, net.Snapshot);

        Assert.Equal([(net.Station, 1)], plan.Deletes);
        Assert.Equal(new[] { located.Id, serves.Id }.Order(), plan.LinkDeletes.Select(l => l.Id).Order());
    }

    [Fact]
    public void Validate_DeleteNode_DropsLinksToItCreatedEarlierInSet()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        set.Link(LinkType.Serves, net.Volunteer, net.Community);
        set.Delete(net.Volunteer, 1);

        var plan = AssertAccepted(set, net.Snapshot);

        Assert.Empty(plan.LinkCreates);
    }

    [Fact]
    public void Validate_TempIdUsedByLaterLink_LinksTheNewNode()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        var venue = set.Create(Venue());
        set.Link(LinkType.Owns, net.Station, venue);

        var plan = AssertAccepted(set, net.Snapshot);

        Assert.Equal(venue, Assert.Single(plan.Creates).Id);
        var link = Assert.Single(plan.LinkCreates);
        Assert.Equal((LinkType.Owns, net.Station, venue), (link.Type, link.FromId, link.ToId));
    }

    [Fact]
    public void Validate_SetWithManyErrors_ReportsEachOne()
    {
        var net = MiniNetwork();
        var set = new ChangeSet();
        set.Create(Station(""));
        set.Create(Volunteer("VN-1"));
        var need = set.Create(Need() with { HelpersWanted = 0 });
        set.Link(LinkType.HasNeed, net.Elder, need);
        set.Delete(net.Station, 7);

        var (plan, errors) = Validate(net.Snapshot, set);

        Assert.Null(plan);
        Assert.Equal(
            [(0, "name", BadInput), (1, "volunteerNumber", BadInput), (2, "helpersWanted", BadInput), (4, "version", Conflict)],
            errors.Select(e => (e.Operation, e.Field, e.Code)));
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private static ChangeSet OwnedNeed(MiniNetwork net, Need need)
    {
        var set = new ChangeSet();
        var id = set.Create(need);
        set.Link(LinkType.HasNeed, net.Elder, id);
        return set;
    }

    private static Referral Referred(MiniNetwork net) =>
        new() { Name = "智能手机课转介", NeedId = net.Need, HelperId = net.Volunteer, SenderId = net.Station, Status = ReferralStatus.Sent };

    private static ServiceRecord Served(MiniNetwork net) =>
        new() { Name = "上门教用智能手机", ServedById = net.Volunteer, ForId = net.Elder, Date = new DateOnly(2026, 11, 20), Hours = 1.5m, Rating = 5 };

    private static Consent Consented(MiniNetwork net) =>
        new() { Name = "转介同意", ElderId = net.Elder, Purpose = "referral", Scope = ["name", "phone"], RecipientId = net.Volunteer, GivenAt = Now.AddDays(-2) };

    private static ChangePlan AssertAccepted(ChangeSet set, NetworkSnapshot? snapshot = null)
    {
        var (plan, errors) = Validate(snapshot ?? NetworkSnapshot.Empty, set);
        Assert.Empty(errors);
        return Assert.IsType<ChangePlan>(plan);
    }

    private static IReadOnlyList<ChangeError> Refused(ChangeSet set, NetworkSnapshot snapshot)
    {
        var (plan, errors) = Validate(snapshot, set);
        Assert.Null(plan);
        Assert.NotEmpty(errors);
        return errors;
    }

    private static ChangeError AssertRefused(ChangeSet set, int operation, string field, string code, string message) =>
        AssertRefused(set, NetworkSnapshot.Empty, operation, field, code, message);

    private static ChangeError AssertRefused(ChangeSet set, NetworkSnapshot snapshot, int operation, string field, string code, string message)
    {
        var (plan, errors) = Validate(snapshot, set);
        Assert.Null(plan);
        var error = Assert.Single(errors);
        Assert.Equal((operation, field, code), (error.Operation, error.Field, error.Code));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        return error;
    }
}
