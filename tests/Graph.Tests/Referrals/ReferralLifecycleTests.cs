using ResourceHub.Graph.Access;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Referrals;
using ResourceHub.Graph.Tests.Matching;
using static ResourceHub.Graph.Tests.Matching.MatchingNetwork;

namespace ResourceHub.Graph.Tests.Referrals;

/// <summary>
/// The transition table: every action from every status for every kind of caller, against the lifecycle written out
/// here by hand (not read from <see cref="ReferralMachine"/>), with the error each refusal gives.
/// </summary>
public sealed class ReferralLifecycleTests
{
    // The lifecycle as the issue and README give it: from, action, to, whose step.
    private static readonly (ReferralStatus From, ReferralAction Action, ReferralStatus To, string Side)[] Allowed =
    [
        (ReferralStatus.Draft, ReferralAction.Send, ReferralStatus.Sent, "sender"),
        (ReferralStatus.Sent, ReferralAction.Accept, ReferralStatus.Accepted, "helper"),
        (ReferralStatus.Sent, ReferralAction.Decline, ReferralStatus.Declined, "helper"),
        (ReferralStatus.Sent, ReferralAction.Expire, ReferralStatus.Expired, "hub"),
        (ReferralStatus.Accepted, ReferralAction.Start, ReferralStatus.InProgress, "helper"),
        (ReferralStatus.Accepted, ReferralAction.Hold, ReferralStatus.OnHold, "helper"),
        (ReferralStatus.InProgress, ReferralAction.Hold, ReferralStatus.OnHold, "helper"),
        (ReferralStatus.OnHold, ReferralAction.Resume, ReferralStatus.InProgress, "helper"),
        (ReferralStatus.InProgress, ReferralAction.Complete, ReferralStatus.Completed, "helper"),
        (ReferralStatus.Accepted, ReferralAction.Fail, ReferralStatus.Failed, "helper"),
        (ReferralStatus.InProgress, ReferralAction.Fail, ReferralStatus.Failed, "helper"),
        (ReferralStatus.OnHold, ReferralAction.Fail, ReferralStatus.Failed, "helper"),
        (ReferralStatus.Draft, ReferralAction.Cancel, ReferralStatus.Cancelled, "sender"),
        (ReferralStatus.Sent, ReferralAction.Cancel, ReferralStatus.Cancelled, "sender"),
        (ReferralStatus.Accepted, ReferralAction.Cancel, ReferralStatus.Cancelled, "sender"),
        (ReferralStatus.InProgress, ReferralAction.Cancel, ReferralStatus.Cancelled, "sender"),
        (ReferralStatus.OnHold, ReferralAction.Cancel, ReferralStatus.Cancelled, "sender"),
    ];

    // The sender is the station (an organization), acting through its admin.
    private static readonly string[] Callers = ["sender", "helper", "other volunteer", "social worker in scope", "admin"];

    public static TheoryData<ReferralStatus, ReferralAction, string> Cases()
    {
        var data = new TheoryData<ReferralStatus, ReferralAction, string>();
        foreach (var status in Enum.GetValues<ReferralStatus>())
        {
            foreach (var action in Enum.GetValues<ReferralAction>())
            {
                foreach (var caller in Callers) data.Add(status, action, caller);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Step_FromEveryStatus_ByEveryCaller_FollowsTheTable(ReferralStatus status, ReferralAction action, string who)
    {
        var w = World.Instance;
        var referral = w.Snapshot.Node<Referral>(w.ReferralIn[status])!;
        var policy = new AccessPolicy(w.Caller(who), w.Snapshot);
        var row = Allowed.Where(a => a.From == status && a.Action == action).Select(a => ((ReferralStatus To, string Side)?)(a.To, a.Side)).FirstOrDefault();
        var side = Allowed.First(a => a.Action == action).Side;
        var onSide = who == "admin" || (side == "sender" && who == "sender") || (side == "helper" && who == "helper");

        var (code, after) = Take(w.Snapshot, policy, referral, action);

        if (!onSide) Assert.Equal(ChangeErrorCodes.Forbidden, code);
        else if (row is null) Assert.Equal(ChangeErrorCodes.InvalidTransition, code);
        else
        {
            Assert.Null(code);
            Assert.Equal(row.Value.To, after!.Status);
            var step = after.History[^1];
            Assert.Equal((status, row.Value.To, Now), (step.From!.Value, step.To, step.At));
            Assert.Equal(referral.History.Count + 1, after.History.Count);
            Assert.Equal(policy.Caller.Subject, step.By);
        }
    }

    [Theory]
    [InlineData(ReferralAction.Decline, ReferralStatus.Sent)]
    [InlineData(ReferralAction.Fail, ReferralStatus.InProgress)]
    public void Step_ThatMustSayWhy_WithoutAReason_IsRefused(ReferralAction action, ReferralStatus from)
    {
        var w = World.Instance;
        var helper = new AccessPolicy(w.Caller("helper"), w.Snapshot);
        var referral = w.Snapshot.Node<Referral>(w.ReferralIn[from])!;

        var (set, _) = ReferralCommands.Plan(w.Snapshot, helper, referral.Id, referral.Version, action, reason: "  ");
        var (plan, errors) = ChangeSetValidator.Validate(w.Snapshot, set!, Now, helper.Authorize);

        Assert.Null(plan);
        Assert.Equal(("reason", ChangeErrorCodes.BadUserInput), (Assert.Single(errors).Field, errors[0].Code));
    }

    [Fact]
    public void Complete_WithoutAnOutcome_IsRefused_AndAnOutcomeOnAnyOtherStepToo()
    {
        var w = World.Instance;
        var helper = new AccessPolicy(w.Caller("helper"), w.Snapshot);
        var running = w.Snapshot.Node<Referral>(w.ReferralIn[ReferralStatus.InProgress])!;
        var sent = w.Snapshot.Node<Referral>(w.ReferralIn[ReferralStatus.Sent])!;

        var (_, noOutcome) = ReferralCommands.Plan(w.Snapshot, helper, running.Id, running.Version, ReferralAction.Complete);
        var (_, strayOutcome) = ReferralCommands.Plan(w.Snapshot, helper, sent.Id, sent.Version, ReferralAction.Accept, outcome: ReferralOutcome.GotHelp);

        Assert.Equal(("outcome", ChangeErrorCodes.BadUserInput), (noOutcome!.Field, noOutcome.Code));
        Assert.Equal(("outcome", ChangeErrorCodes.BadUserInput), (strayOutcome!.Field, strayOutcome.Code));
    }

    [Fact]
    public void Step_WithAStaleVersion_IsAConflict()
    {
        var w = World.Instance;
        var referral = w.Snapshot.Node<Referral>(w.ReferralIn[ReferralStatus.Sent])!;

        var (_, error) = ReferralCommands.Plan(w.Snapshot, new AccessPolicy(w.Caller("helper"), w.Snapshot), referral.Id, referral.Version + 1, ReferralAction.Accept);

        Assert.Equal(ChangeErrorCodes.Conflict, error!.Code);
    }

    [Theory]
    [InlineData(ReferralStatus.Accepted)]
    [InlineData(ReferralStatus.Completed)]
    [InlineData(ReferralStatus.Draft)]
    public void Update_ThatSetsAStatusWithoutAStep_IsRefused_EvenForAnAdmin(ReferralStatus to)
    {
        var w = World.Instance;
        var sent = w.Snapshot.Node<Referral>(w.ReferralIn[ReferralStatus.Sent])!;
        var set = new ChangeSet().Update(sent with { Status = to, Outcome = to == ReferralStatus.Completed ? ReferralOutcome.GotHelp : null });

        var (plan, errors) = ChangeSetValidator.Validate(w.Snapshot, set, Now, new AccessPolicy(w.Caller("admin"), w.Snapshot).Authorize);

        Assert.Null(plan);
        Assert.Contains(errors, e => e.Field is "history" or "status");
    }

    [Fact]
    public void Update_ThatRewritesTheHistory_IsRefused()
    {
        var w = World.Instance;
        var sent = w.Snapshot.Node<Referral>(w.ReferralIn[ReferralStatus.Sent])!;
        var set = new ChangeSet().Update(sent with { History = [.. sent.History, new ReferralTransition { From = ReferralStatus.Draft, To = ReferralStatus.Sent, Reason = "补记" }] });

        var (plan, errors) = ChangeSetValidator.Validate(w.Snapshot, set, Now, new AccessPolicy(w.Caller("admin"), w.Snapshot).Authorize);

        Assert.Null(plan);
        Assert.Equal("history", Assert.Single(errors).Field);
    }

    [Fact]
    public void Accept_WhenTheNeedHasItsOneHelper_IsRefusedNeedFilled()
    {
        var net = new MatchingNetwork();
        var need = net.AddNeed(Need("companionship.visit"));
        var first = net.Add(Volunteer("甲", "companionship.visit"), home: net.CommunityA);
        var second = net.Add(Volunteer("乙", "companionship.visit"), home: net.CommunityA);
        net.Refer(need, first, ReferralStatus.Accepted);
        var waiting = net.Refer(need, second, ReferralStatus.Sent);
        var s = net.Build();
        var helper = new AccessPolicy(new Caller { Subject = "乙", Roles = Roles.Volunteer, NodeId = net.Id(second) }, s);
        var referral = s.Node<Referral>(net.Id(waiting))!;

        var (set, _) = ReferralCommands.Plan(s, helper, referral.Id, referral.Version, ReferralAction.Accept);
        var (plan, errors) = ChangeSetValidator.Validate(s, set!, Now, helper.Authorize);

        Assert.Null(plan);
        Assert.Equal(ChangeErrorCodes.NeedFilled, Assert.Single(errors).Code);
    }

    private static (string? Code, Referral? After) Take(NetworkSnapshot s, AccessPolicy policy, Referral referral, ReferralAction action)
    {
        // As the API does: whose step it is first, then whether it can be taken from here, then the write path's checks.
        if (policy.StepRefusal(action, referral) is not null) return (ChangeErrorCodes.Forbidden, null);
        var reason = ReferralMachine.NeedsReason(action) ? "理由" : null;
        var outcome = action == ReferralAction.Complete ? ReferralOutcome.GotHelp : (ReferralOutcome?)null;
        var (set, error) = ReferralCommands.Plan(s, policy, referral.Id, referral.Version, action, reason, outcome);
        if (error is not null) return (error.Code, null);
        var (plan, errors) = ChangeSetValidator.Validate(s, set!, Now, policy.Authorize);
        if (plan is null) return (errors[0].Code, null);
        return (null, (Referral)Assert.Single(plan.Updates).Node);
    }

    // One referral in every status, each of its own need, sent by the station to one volunteer.
    private sealed class World
    {
        public static World Instance { get; } = new();

        private World()
        {
            var net = new MatchingNetwork();
            _helper = net.Add(Volunteer("帮手", "companionship.visit"), home: net.CommunityA);
            _other = net.Add(Volunteer("旁人", "companionship.visit"), home: net.CommunityA);
            var refs = Enum.GetValues<ReferralStatus>().ToDictionary(st => st, st => net.Refer(net.AddNeed(Need("companionship.visit")), _helper, st));
            _net = net;
            Snapshot = net.Build();
            ReferralIn = refs.ToDictionary(kv => kv.Key, kv => net.Id(kv.Value));
        }

        private readonly MatchingNetwork _net;
        private readonly long _helper;
        private readonly long _other;

        public NetworkSnapshot Snapshot { get; }

        public Dictionary<ReferralStatus, long> ReferralIn { get; }

        public Caller Caller(string who) => who switch
        {
            "sender" => new Caller { Subject = "station", Roles = Roles.OrgAdmin, NodeId = _net.Id(_net.Station) },
            "helper" => new Caller { Subject = "helper", Roles = Roles.Volunteer, NodeId = _net.Id(_helper) },
            "other volunteer" => new Caller { Subject = "other", Roles = Roles.Volunteer, NodeId = _net.Id(_other) },
            "social worker in scope" => new Caller { Subject = "worker", Roles = Roles.SocialWorker, AreaCodes = [Snapshot.Node<Area>(_net.Id(_net.Township))!.Code] },
            "admin" => new Caller { Subject = "admin", Roles = Roles.Admin },
            _ => throw new ArgumentOutOfRangeException(nameof(who)),
        };
    }
}
