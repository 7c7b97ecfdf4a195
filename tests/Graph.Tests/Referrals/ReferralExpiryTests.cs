using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Referrals;
using ResourceHub.Graph.Tests.Persistence;

namespace ResourceHub.Graph.Tests.Referrals;

public sealed class ReferralExpiryTests
{
    private static readonly DateTimeOffset SentAt = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(8));

    [SkippableTheory]
    [MemberData(nameof(TestStore.Databases), MemberType = typeof(TestStore))]
    public async Task SentReferral_PastItsTime_Expires_AsTheHub_AndOthersStay(string database)
    {
        var clock = new Clock(SentAt.AddHours(-1));
        await using var t = await TestStore.CreateAsync(database, time: clock);
        await t.Writer.CommitAsync(MiniNetwork.Create(), "seed");
        var s = t.Index.Current;
        var need = s.Nodes<Need>().Single().Id;
        var volunteer = s.Nodes<Volunteer>().Single().Id;
        var station = s.Nodes<Organization>().Single(o => o.OrganizationKind == OrganizationKind.SocialWorkStation).Id;
        Referral Sent(string name, ReferralStatus status) => new()
        {
            Name = name, NeedId = need, HelperId = volunteer, SenderId = station, Status = status,
            History = [new() { To = ReferralStatus.Draft, At = SentAt, ById = station }, new() { From = ReferralStatus.Draft, To = ReferralStatus.Sent, At = SentAt, ById = station },
                .. status == ReferralStatus.Accepted ? [new ReferralTransition { From = ReferralStatus.Sent, To = ReferralStatus.Accepted, At = SentAt, ById = volunteer }] : (ReferralTransition[])[]],
        };
        var set = new ChangeSet();
        var waiting = set.Create(Sent("待答复", ReferralStatus.Sent));
        var answered = set.Create(Sent("已接受", ReferralStatus.Accepted));
        var seeded = await t.Writer.CommitAsync(set, "seed");
        Assert.True(seeded.Succeeded, string.Join("; ", seeded.Errors));
        var expiry = new ReferralExpiry(t.Index, t.Writer, clock, TimeSpan.FromHours(72));

        clock.Now = SentAt.AddHours(71);
        Assert.Equal(0, await expiry.ExpireDueAsync());
        clock.Now = SentAt.AddHours(73);
        Assert.Equal(1, await expiry.ExpireDueAsync());
        Assert.Equal(0, await expiry.ExpireDueAsync());

        var expired = t.Index.Current.Node<Referral>(seeded.IdOf(waiting))!;
        Assert.Equal(ReferralStatus.Expired, expired.Status);
        var step = expired.History[^1];
        Assert.Equal((ReferralStatus.Sent, (long?)null, "system", clock.Now.ToUnixTimeMilliseconds()), (step.From!.Value, step.ById, step.By, step.At.ToUnixTimeMilliseconds()));
        Assert.Contains("72 h", step.Reason, StringComparison.Ordinal);
        Assert.Equal(ReferralStatus.Accepted, t.Index.Current.Node<Referral>(seeded.IdOf(answered))!.Status);
        SnapshotDump.AssertSame(await t.Store.LoadAsync(), t.Index.Current);
    }

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
