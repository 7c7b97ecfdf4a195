using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Tests.Changes;

public sealed class InMemoryNetworkTests
{
    [Fact]
    public void Build_NeedWithoutOwner_ThrowsWithTheError()
    {
        var set = new ChangeSet();
        set.Create(new Need { Name = "探访", Categories = ["companionship.visit"], Mode = NeedMode.Home, Status = NeedStatus.Open });

        var ex = Assert.Throws<ArgumentException>(() => InMemoryNetwork.Build(set, DateTimeOffset.UnixEpoch));
        Assert.Contains("HasNeed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CreatedRecords_GetIdsInCreationOrderWithReferencesRemapped()
    {
        var set = new ChangeSet();
        var elder = set.Create(new Elder { Name = "张某兰", AgeBand = AgeBand.From80To89, Living = LivingSituation.Alone, Mobility = Mobility.Disabled });
        var need = set.Create(new Need { Name = "探访", Categories = ["companionship.visit"], Mode = NeedMode.Home, Status = NeedStatus.Referred });
        set.Link(LinkType.HasNeed, elder, need);
        var worker = set.Create(new SocialWorker { Name = "李某华", Role = SocialWorkerRole.Community, Qualification = QualificationLevel.Assistant });
        var volunteer = set.Create(new Volunteer { Name = "王某芳", VolunteerNumber = "WC000001", Category = VolunteerCategory.YoungerElder, MaxTravelKm = 3 });
        set.Link(LinkType.ReferredTo, need, volunteer);
        set.Create(new Referral
        {
            Name = "转介",
            NeedId = need,
            HelperId = volunteer,
            SenderId = worker,
            Status = ReferralStatus.Sent,
            History = [new() { To = ReferralStatus.Draft, ById = worker }, new() { From = ReferralStatus.Draft, To = ReferralStatus.Sent, ById = worker }],
        });

        var s = InMemoryNetwork.Build(set, DateTimeOffset.UnixEpoch);

        Assert.Equal(5, s.NodeCount);
        Assert.Equal(2, s.LinkCount);
        Assert.IsType<Elder>(s.Node(1));
        Assert.IsType<Need>(s.Node(2));
        var referral = Assert.IsType<Referral>(s.Node(5));
        Assert.Equal((2L, 4L, 3L), (referral.NeedId, referral.HelperId, referral.SenderId));
        Assert.All(referral.History, h => Assert.Equal(3, h.ById));
        Assert.Equal((LinkType.HasNeed, 1L, 2L), (s.Link(1)!.Type, s.Link(1)!.FromId, s.Link(1)!.ToId));
        Assert.Equal((LinkType.ReferredTo, 2L, 4L), (s.Link(2)!.Type, s.Link(2)!.FromId, s.Link(2)!.ToId));
    }
}
