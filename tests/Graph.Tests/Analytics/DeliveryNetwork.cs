using ResourceHub.Graph.Model;
using ResourceHub.Graph.Tests.Matching;

namespace ResourceHub.Graph.Tests.Analytics;

/// <summary>
/// A network with referrals, service records, credits and a purchased project whose counts are worked out by hand.
/// Team T (community A) has member V1; social worker W is stationed at the township's station; V2 (community B) has no
/// team. Needs of elders: A1 and A2 in A, B1 in B, C1 in village C (outside the township), and M in B, marked met.
/// Referrals (days in China time): R1 A1→V1 by the station, sent 9-10, completed with help 10-05; R2 A2→V1 sent 10-02,
/// declined 10-03; R3 B1→T sent 10-20, not answered; R4 C1→V2 by W, sent 11-02, in progress; R5 B1→V2 a draft.
/// Service records: V1 for A1 2 h on 10-01, V1 for C1 3 h on 10-15. Credits: V1 earns 2 on 10-01, spends 1 on 10-02.
/// Project P serves the township, delivered by T, for 2026, companionship visits; activities: one of T's visits in A
/// on 10-10 (20 people), one of T's music in A, one organized by T in C.
/// </summary>
internal sealed class DeliveryNetwork
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public DeliveryNetwork()
    {
        var net = Net = new MatchingNetwork();
        Team = net.Add(MatchingNetwork.Organization("探访志愿队", "companionship.visit"), home: net.CommunityA);
        V1 = net.Add(MatchingNetwork.Volunteer("V1", "companionship.visit"), home: net.CommunityA);
        net.Link(LinkType.MemberOf, V1, Team);
        V2 = net.Add(MatchingNetwork.Volunteer("V2", "companionship.visit"), home: net.CommunityB);
        Worker = net.Add(MatchingNetwork.SocialWorker("W", "social-work.case"), home: net.Township);
        net.Link(LinkType.StationedAt, Worker, net.Station);
        A1 = net.AddNeed(MatchingNetwork.Need("companionship.visit"));
        A2 = net.AddNeed(MatchingNetwork.Need("companionship.visit"));
        B1 = net.AddNeed(MatchingNetwork.Need("companionship.visit"), net.CommunityB);
        C1 = net.AddNeed(MatchingNetwork.Need("companionship.visit"), net.VillageC);
        Met = net.AddNeed(MatchingNetwork.Need("companionship.visit") with { Status = NeedStatus.Met }, net.CommunityB);
        R1 = Refer(A1, V1, net.Station, ReferralOutcome.GotHelp, (ReferralStatus.Sent, Day(9, 10)), (ReferralStatus.Accepted, Day(9, 11)), (ReferralStatus.InProgress, Day(9, 12)), (ReferralStatus.Completed, Day(10, 5)));
        R2 = Refer(A2, V1, net.Station, null, (ReferralStatus.Sent, Day(10, 2)), (ReferralStatus.Declined, Day(10, 3)));
        R3 = Refer(B1, Team, net.Station, null, (ReferralStatus.Sent, Day(10, 20)));
        R4 = Refer(C1, V2, Worker, null, (ReferralStatus.Sent, Day(11, 2)), (ReferralStatus.Accepted, Day(11, 3)), (ReferralStatus.InProgress, Day(11, 4)));
        R5 = Refer(B1, V2, net.Station, null);
        var visit = net.Add(new ServiceRecord { Name = "探访", ServedById = V1, ForId = A1, Date = new DateOnly(2026, 10, 1), Hours = 2, IsDemo = true });
        net.Add(new ServiceRecord { Name = "探访", ServedById = V1, ForId = C1, Date = new DateOnly(2026, 10, 15), Hours = 3, IsDemo = true });
        net.Add(new TimeBankEntry { Name = "存入", EntryKind = TimeBankEntryKind.Earn, ToId = V1, Credits = 2, Date = new DateOnly(2026, 10, 1), ServiceRecordId = visit, IsDemo = true });
        net.Add(new TimeBankEntry { Name = "支取", EntryKind = TimeBankEntryKind.Spend, FromId = V1, Credits = 1, Date = new DateOnly(2026, 10, 2), IsDemo = true });
        Project = net.Add(new Project
        {
            Name = "探访项目", Services = ["companionship.visit"], Period = new TimeWindow { From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 12, 31) },
            Targets = new ProjectTargets { Activities = 4, Hours = 10, EldersReached = 2, ReferralsCompleted = 2 }, IsDemo = true,
        });
        net.Link(LinkType.DeliveredBy, Project, Team);
        net.Link(LinkType.Serves, Project, net.Township);
        Activity(["companionship.visit"], net.CommunityA, LinkType.DeliveredBy, new DateOnly(2026, 10, 10), 20);
        Activity(["culture.music"], net.CommunityA, LinkType.DeliveredBy, new DateOnly(2026, 10, 11), 30);
        Activity(["companionship.visit"], net.VillageC, LinkType.OrganizedBy, new DateOnly(2026, 10, 12), 40);
        net.Build();
    }

    public MatchingNetwork Net { get; }
    public long Team { get; }
    public long V1 { get; }
    public long V2 { get; }
    public long Worker { get; }
    public long A1 { get; }
    public long A2 { get; }
    public long B1 { get; }
    public long C1 { get; }
    public long Met { get; }
    public long R1 { get; }
    public long R2 { get; }
    public long R3 { get; }
    public long R4 { get; }
    public long R5 { get; }
    public long Project { get; }

    private static DateTimeOffset Day(int month, int day) => new(2026, month, day, 10, 0, 0, China);

    private long Refer(long need, long helper, long sender, ReferralOutcome? outcome, params (ReferralStatus To, DateTimeOffset At)[] steps)
    {
        Net.Link(LinkType.ReferredTo, need, helper);
        ReferralStatus? from = ReferralStatus.Draft;
        var history = new List<ReferralTransition> { new() { To = ReferralStatus.Draft, At = new DateTimeOffset(2026, 9, 1, 9, 0, 0, China), By = "test" } };
        foreach (var (to, at) in steps)
        {
            history.Add(new ReferralTransition { From = from, To = to, At = at, By = "test", Reason = to == ReferralStatus.Declined ? "没有时间" : null });
            from = to;
        }
        return Net.Add(new Referral
        {
            Name = "转介", NeedId = need, HelperId = helper, SenderId = sender, Status = from ?? ReferralStatus.Draft, Outcome = outcome, History = history, IsDemo = true,
        });
    }

    private void Activity(string[] services, long area, LinkType by, DateOnly day, int participants)
    {
        var id = Net.Add(new Activity { Name = "活动", Services = services, Schedule = new TimeWindow { From = day, To = day }, Participants = participants, IsDemo = true }, home: area);
        Net.Link(by, id, Team);
    }
}
