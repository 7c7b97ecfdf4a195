using ResourceHub.Graph.Access;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Referrals;
using ResourceHub.Graph.Tests.Persistence;

namespace ResourceHub.Graph.Tests.Referrals;

/// <summary>Helpers answering at once, through the real write path on SQLite: a need that asks for one helper gets exactly one.</summary>
public sealed class ConcurrentAcceptTests
{
    private const int Helpers = 32;

    [SkippableTheory]
    [MemberData(nameof(TestStore.Databases), MemberType = typeof(TestStore))]
    public async Task ThirtyTwoHelpers_AcceptAtOnce_ExactlyOneWins_AndTheStoreAgrees(string database)
    {
        await using var t = await TestStore.CreateAsync(database);
        await t.Writer.CommitAsync(MiniNetwork.Create(), "seed");
        var s = t.Index.Current;
        var need = s.Nodes<Need>().Single();
        Assert.Equal(1, need.HelpersWanted);
        var station = s.Nodes<Organization>().Single(o => o.OrganizationKind == OrganizationKind.SocialWorkStation).Id;
        var community = s.AreaByCode("430112001002")!.Id;
        var seed = new ChangeSet();
        var temps = new List<(long Volunteer, long Referral)>();
        for (var i = 0; i < Helpers; i++)
        {
            var v = seed.Create(new Volunteer { Name = $"志愿者{i}", VolunteerNumber = $"CA{i:000000}", Category = VolunteerCategory.Resident, Skills = ["culture.performance"], MaxTravelKm = 5 });
            seed.Link(LinkType.LocatedIn, v, community);
            var r = seed.Create(new Referral
            {
                Name = $"转介{i}", NeedId = need.Id, HelperId = v, SenderId = station, Status = ReferralStatus.Sent,
                History = [new() { To = ReferralStatus.Draft, ById = station }, new() { From = ReferralStatus.Draft, To = ReferralStatus.Sent, ById = station }],
            });
            temps.Add((v, r));
        }
        var seeded = await t.Writer.CommitAsync(seed, "seed");
        Assert.True(seeded.Succeeded, string.Join("; ", seeded.Errors));
        var pairs = temps.Select(p => (Volunteer: seeded.IdOf(p.Volunteer), Referral: seeded.IdOf(p.Referral))).ToList();
        using var start = new ManualResetEventSlim();

        // Each helper reads the network, then all accept together, each as themselves.
        var results = await Task.WhenAll(pairs.Select(p => Task.Run(async () =>
        {
            var read = t.Index.Current;
            var policy = new AccessPolicy(new Caller { Subject = $"volunteer-{p.Volunteer}", Roles = Roles.Volunteer, NodeId = p.Volunteer }, read);
            var referral = read.Node<Referral>(p.Referral)!;
            var (set, error) = ReferralCommands.Plan(read, policy, referral.Id, referral.Version, ReferralAction.Accept);
            Assert.Null(error);
            start.Wait();
            return await t.Writer.CommitAsync(set!, policy.Caller, idempotencyKey: null);
        })).Append(Task.Run(async () => { await Task.Delay(50); start.Set(); return CommitResult.Committed(0, new Dictionary<long, long>()); })));

        var answers = results.Take(Helpers).ToList();
        Assert.Single(answers, r => r.Succeeded);
        Assert.All(answers.Where(r => !r.Succeeded), r => Assert.Equal(ChangeErrorCodes.NeedFilled, Assert.Single(r.Errors).Code));
        var referrals = pairs.Select(p => t.Index.Current.Node<Referral>(p.Referral)!).ToList();
        Assert.Single(referrals, r => r.Status == ReferralStatus.Accepted);
        Assert.Equal(Helpers - 1, referrals.Count(r => r.Status == ReferralStatus.Sent && r.Version == 1));
        // Nothing half-written: what the database holds is what the index holds.
        SnapshotDump.AssertSame(await t.Store.LoadAsync(), t.Index.Current);
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Databases), MemberType = typeof(TestStore))]
    public async Task OneReferral_AcceptedThirtyTwoTimesAtOnce_OnceOnly_TheOthersConflict(string database)
    {
        await using var t = await TestStore.CreateAsync(database);
        var seed = MiniNetwork.Create();
        await t.Writer.CommitAsync(seed, "seed");
        var s = t.Index.Current;
        var need = s.Nodes<Need>().Single();
        var volunteer = s.Nodes<Volunteer>().Single().Id;
        var station = s.Nodes<Organization>().Single(o => o.OrganizationKind == OrganizationKind.SocialWorkStation).Id;
        var created = await t.Writer.CommitAsync(Single(new Referral { Name = "转介", NeedId = need.Id, HelperId = volunteer, SenderId = station, Status = ReferralStatus.Sent }, out var temp), "seed");
        var id = created.IdOf(temp);
        var caller = new Caller { Subject = "volunteer", Roles = Roles.Volunteer, NodeId = volunteer };
        var read = t.Index.Current;
        var plans = Enumerable.Range(0, Helpers).Select(_ => ReferralCommands.Plan(read, new AccessPolicy(caller, read), id, 1, ReferralAction.Accept).Changes!).ToList();

        var results = await Task.WhenAll(plans.Select(set => Task.Run(() => t.Writer.CommitAsync(set, caller, idempotencyKey: null))));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(ChangeErrorCodes.Conflict, Assert.Single(r.Errors).Code));
        var referral = t.Index.Current.Node<Referral>(id)!;
        Assert.Equal((ReferralStatus.Accepted, 2, 1), (referral.Status, referral.Version, referral.History.Count));
        SnapshotDump.AssertSame(await t.Store.LoadAsync(), t.Index.Current);
    }

    private static ChangeSet Single(Node node, out long temp)
    {
        var set = new ChangeSet();
        temp = set.Create(node);
        return set;
    }
}
