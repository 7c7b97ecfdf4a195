using ResourceHub.Graph.Access;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Tests.Persistence;

namespace ResourceHub.Graph.Tests.Access;

/// <summary>
/// The access policy over the mini network: 高塘岭街道 (3) with 金峰社区 (4) and 郭亮社区 (5), its station (6), a group (7)
/// and a volunteer (8) in 金峰社区, an elder (9) in 郭亮社区 with a need (10).
/// </summary>
public sealed class AccessPolicyTests
{
    private const long Township = 3, Jinfeng = 4, Guoliang = 5, Station = 6, Group = 7, VolunteerId = 8, ElderId = 9, NeedId = 10;
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly NetworkSnapshot S = InMemoryNetwork.Build(MiniNetwork.Create(), Now);

    private static Caller Worker(params string[] areas) => new() { Subject = "sw", Roles = Roles.SocialWorker, AreaCodes = areas };

    private static Caller Official(params string[] areas) => new() { Subject = "official", Roles = Roles.Official, AreaCodes = areas };

    public static TheoryData<string, AccessLevel, AccessLevel> ElderAndNeedLevels => new()
    {
        { "anonymous", AccessLevel.None, AccessLevel.Public },
        { "app", AccessLevel.None, AccessLevel.Public },
        { "worker of the township", AccessLevel.Personal, AccessLevel.Personal },
        { "worker of the station", AccessLevel.Personal, AccessLevel.Personal },
        { "worker of the other community", AccessLevel.None, AccessLevel.Public },
        { "official of the district", AccessLevel.DeIdentified, AccessLevel.DeIdentified },
        { "official of the other community", AccessLevel.None, AccessLevel.Public },
        { "admin", AccessLevel.Personal, AccessLevel.Personal },
    };

    private static Caller Named(string who) => who switch
    {
        "anonymous" => Caller.Anonymous,
        "app" => new Caller { Subject = "app", Roles = Roles.App },
        "worker of the township" => Worker("430112001"),
        "worker of the station" => new Caller { Subject = "sw", Roles = Roles.SocialWorker, StationIds = [Station] },
        "worker of the other community" => Worker("430112001001"),
        "official of the district" => Official("430112"),
        "official of the other community" => Official("430112001001"),
        "admin" => new Caller { Subject = "admin", Roles = Roles.Admin },
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    [Theory]
    [MemberData(nameof(ElderAndNeedLevels))]
    public void LevelOf_ElderAndItsNeed_FollowsTheScope(string who, AccessLevel elder, AccessLevel need)
    {
        var policy = new AccessPolicy(Named(who), S);

        Assert.Equal(elder, policy.LevelOf(S.Node(ElderId)!));
        Assert.Equal(need, policy.LevelOf(S.Node(NeedId)!));
        Assert.Equal(AccessLevel.Personal, policy.LevelOf(S.Node(Group)!));
    }

    [Fact]
    public void View_ElderNeedSeenAnonymously_HasItsPublicTitleAndNoSituations()
    {
        var view = (Need)new AccessPolicy(Caller.Anonymous, S).View(S.Node(NeedId))!;

        Assert.Equal("送节目上门（郭亮社区）", view.Name);
        Assert.Empty(view.Situations);
        Assert.Equal(S.Node<Need>(NeedId)!.Categories, view.Categories);
    }

    [Fact]
    public void View_ElderNeedSeenByTheOfficial_KeepsSituationsButNotTheName()
    {
        var view = (Need)new AccessPolicy(Official("430112"), S).View(S.Node(NeedId))!;

        Assert.Equal(["disabled"], view.Situations);
        Assert.Equal("送节目上门（郭亮社区）", view.Name);
    }

    [Fact]
    public void View_ElderSeenByTheOfficial_IsLabelledByAgeAndCommunity()
    {
        var view = (Elder)new AccessPolicy(Official("430112"), S).View(S.Node(ElderId))!;

        Assert.Equal("80-89岁老人（郭亮社区）", view.Name);
        Assert.Equal(Mobility.Disabled, view.Mobility);
    }

    [Fact]
    public void View_ElderSeenAnonymously_IsNone()
    {
        Assert.Null(new AccessPolicy(Caller.Anonymous, S).View(S.Node(ElderId)));
    }

    [Fact]
    public void SpecOf_ElderNeedAskedAnonymously_AsksForNoSituation()
    {
        Assert.Empty(new AccessPolicy(Caller.Anonymous, S).SpecOf(S.Node<Need>(NeedId)!).Situations);
        Assert.Equal(["disabled"], new AccessPolicy(Worker("430112001"), S).SpecOf(S.Node<Need>(NeedId)!).Situations);
    }

    [Fact]
    public void MaySeeLink_ElderToItsNeed_IsHiddenFromThePublic()
    {
        Assert.False(new AccessPolicy(Caller.Anonymous, S).MaySeeLink(ElderId, LinkType.HasNeed, NeedId));
        Assert.True(new AccessPolicy(Official("430112"), S).MaySeeLink(ElderId, LinkType.HasNeed, NeedId));
        Assert.True(new AccessPolicy(Caller.Anonymous, S).MaySeeLink(Station, LinkType.PartnersWith, Group));
    }

    [Fact]
    public void Authorize_Anonymous_IsUnauthenticated()
    {
        var errors = Authorize(Caller.Anonymous, new ChangeSet().Update(S.Node(Group)! with { Name = "改名" }));

        Assert.Equal([ChangeErrorCodes.Unauthenticated], errors.Select(e => e.Code));
    }

    [Fact]
    public void Authorize_App_IsForbiddenToWriteAnything()
    {
        var errors = Authorize(new Caller { Subject = "app", Roles = Roles.App }, new ChangeSet().Update(S.Node(Group)! with { Name = "改名" }));

        Assert.Equal([ChangeErrorCodes.Forbidden], errors.Select(e => e.Code));
    }

    [Fact]
    public void Authorize_WorkerOfTheTownship_UpdatesTheElderAndAddsANeedForIt()
    {
        var set = new ChangeSet().Update(S.Node<Elder>(ElderId)! with { Address = "示例地址二" });
        var need = set.Create(new Need { Name = "助餐", Categories = ["meal.help"], Mode = NeedMode.Home, Status = NeedStatus.Open });
        set.Link(LinkType.HasNeed, ElderId, need);

        Assert.Empty(Authorize(Worker("430112001"), set));
    }

    [Fact]
    public void Authorize_WorkerOfAnotherCommunity_MayNotUpdateTheElder()
    {
        var errors = Authorize(Worker("430112001001"), new ChangeSet().Update(S.Node<Elder>(ElderId)! with { Address = "示例地址二" }));

        Assert.Equal([(0, ChangeErrorCodes.Forbidden)], errors.Select(e => (e.Operation, e.Code)));
    }

    [Fact]
    public void Authorize_WorkerMovingTheElderOutOfTheirScope_IsForbidden()
    {
        var set = new ChangeSet().Unlink(LinkType.LocatedIn, ElderId, Guoliang);
        set.Link(LinkType.LocatedIn, ElderId, Jinfeng);

        var errors = Authorize(Worker("430112001002"), set);

        Assert.Equal([1], errors.Select(e => e.Operation));
    }

    [Fact]
    public void Authorize_Official_KeepsOrganizationsButNotElders()
    {
        var official = Official("430112");

        Assert.Empty(Authorize(official, new ChangeSet().Update(S.Node(Group)! with { Description = "新简介" })));
        Assert.NotEmpty(Authorize(official, new ChangeSet().Update(S.Node<Elder>(ElderId)! with { Address = "示例地址二" })));
    }

    [Fact]
    public void Authorize_Volunteer_KeepsTheirOwnProfileOnly_AndNotTheirNumber()
    {
        var volunteer = new Caller { Subject = "v", Roles = Roles.Volunteer, NodeId = VolunteerId };
        var self = S.Node<Volunteer>(VolunteerId)!;

        Assert.Empty(Authorize(volunteer, new ChangeSet().Update(self with { MaxTravelKm = 5 })));
        Assert.Equal(["volunteerNumber"], Authorize(volunteer, new ChangeSet().Update(self with { VolunteerNumber = "WC000099" })).Select(e => e.Field));
        Assert.NotEmpty(Authorize(volunteer, new ChangeSet().Update(S.Node(Group)! with { Description = "新简介" })));
    }

    [Fact]
    public void Authorize_OrganizationAdmin_KeepsTheOrganizationAndWhatItOwns()
    {
        var admin = new Caller { Subject = "org", Roles = Roles.OrgAdmin, NodeId = Group };
        var set = new ChangeSet().Update(S.Node(Group)! with { Description = "新简介" });
        var venue = set.Create(new Resource { Name = "活动室", ResourceKind = ResourceKind.Venue, Capacity = 20 });
        set.Link(LinkType.Owns, Group, venue);

        Assert.Empty(Authorize(admin, set));
        Assert.NotEmpty(Authorize(admin, new ChangeSet().Update(S.Node(Station)! with { Description = "改" })));
    }

    [Fact]
    public void Authorize_WorkerLinkingAVolunteerToAGroupOfTheirScope_IsAllowedByEitherEnd()
    {
        Assert.Empty(Authorize(Worker("430112001001"), new ChangeSet().Unlink(LinkType.MemberOf, VolunteerId, Group)));
        Assert.NotEmpty(Authorize(Worker("430112001002"), new ChangeSet().Unlink(LinkType.MemberOf, VolunteerId, Group)));
    }

    private static IReadOnlyList<ChangeError> Authorize(Caller caller, ChangeSet set) =>
        ChangeSetValidator.Validate(S, set, Now, new AccessPolicy(caller, S).Authorize).Errors;
}
