using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Referrals;

namespace ResourceHub.Graph.Access;

// What a caller may change: writes need a signed-in caller, and each node a change set creates, updates or deletes
// (and one end of each link it adds, changes or removes) must lie in the caller's write scope, before and after.
public sealed partial class AccessPolicy
{
    // What an organization admin keeps besides the organization itself: its resources, activities, needs and units.
    private static readonly (LinkType Type, Direction FromNode)[] OrganizationHolds =
    [
        (LinkType.Owns, Direction.In), (LinkType.OrganizedBy, Direction.Out), (LinkType.HasNeed, Direction.In), (LinkType.PartOf, Direction.Out),
    ];

    /// <summary>True when the caller may write at all: signed in with a role that writes (apps and anonymous callers only read).</summary>
    public bool MayWrite => Caller.IsSignedIn && Caller.Has(Roles.Volunteer | Roles.OrgAdmin | Roles.SocialWorker | Roles.Official | Roles.Admin);

    /// <summary>
    /// Why the caller may not commit a change set, given the network before it and as it would leave it; empty when
    /// they may. Each refusal names the operation and is FORBIDDEN (UNAUTHENTICATED when nobody signed in).
    /// </summary>
    internal IReadOnlyList<ChangeError> Authorize(ChangeSet changes, INetworkState before, INetworkState after)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (!Caller.IsSignedIn) return [new ChangeError(-1, "caller", "sign in to change the network", ChangeErrorCodes.Unauthenticated)];
        if (!MayWrite) return [new ChangeError(-1, "caller", $"the role {RoleNames.Describe(Caller.Roles)} reads the network and does not change it", ChangeErrorCodes.Forbidden)];
        if (SeesEverything) return [];
        var errors = new List<ChangeError>();
        var ops = changes.Operations;
        for (var i = 0; i < ops.Count; i++)
        {
            var refusal = ops[i] switch
            {
                ChangeOperation.CreateNode c => Refuse(after.Node(c.TempId), after, "id"),
                ChangeOperation.UpdateNode u when before.Node(u.Node.Id) is Referral b && u.Node is Referral sent && IntendedStep(b, sent) is { } action
                    => RefuseStep(action, b, after.Node(u.Node.Id) as Referral ?? b, before, after),
                ChangeOperation.UpdateNode u => Refuse(before.Node(u.Node.Id), before, "id") ?? Refuse(after.Node(u.Node.Id), after, "id")
                    ?? RefuseVolunteerNumber(before.Node(u.Node.Id), after.Node(u.Node.Id)) ?? RefuseElderSide(before.Node(u.Node.Id), after.Node(u.Node.Id), before),
                ChangeOperation.DeleteNode d => Refuse(before.Node(d.Id), before, "id"),
                ChangeOperation.CreateLink l => RefuseLink(l.Link.FromId, l.Link.ToId, after),
                ChangeOperation.UpdateLink l => RefuseLink(l.Link.FromId, l.Link.ToId, before),
                ChangeOperation.DeleteLink l => RefuseLink(l.FromId, l.ToId, before),
                _ => null,
            };
            if (refusal is { } message) errors.Add(new ChangeError(i, message.Field, message.Text, ChangeErrorCodes.Forbidden));
        }
        return errors;
    }

    private (string Field, string Text)? Refuse(Node? node, INetworkState state, string field)
    {
        if (node is null || InWriteScope(node, state)) return null;
        var role = RoleNames.Describe(Caller.Roles);
        return KindWritable(node.Kind)
            ? (field, $"this {node.Kind} lies outside what {role} {Caller.Subject} may change")
            : (field, $"the role {role} does not change {node.Kind} nodes");
    }

    // Whether any of the caller's roles changes nodes of a kind at all, in some scope.
    private bool KindWritable(NodeKind kind) =>
        Caller.Has(Roles.OrgAdmin)
        || (Caller.Has(Roles.Volunteer) && kind is NodeKind.Volunteer or NodeKind.ServiceRecord or NodeKind.TimeBankEntry)
        || (Caller.Has(Roles.SocialWorker) && kind is not (NodeKind.Area or NodeKind.Project))
        || (Caller.Has(Roles.Official) && OfficialKinds(kind));

    private static bool OfficialKinds(NodeKind kind) => kind is NodeKind.Area or NodeKind.Organization or NodeKind.Resource or NodeKind.Activity
        or NodeKind.Project or NodeKind.SocialWorker or NodeKind.Volunteer;

    private (string Field, string Text)? RefuseLink(long fromId, long toId, INetworkState state)
    {
        var from = state.Node(fromId);
        var to = state.Node(toId);
        if (from is null || to is null || InWriteScope(from, state) || InWriteScope(to, state)) return null;
        return ("fromId", $"neither end of this link lies within what {RoleNames.Describe(Caller.Roles)} {Caller.Subject} may change");
    }

    // A step of a referral's lifecycle is its side's to take (ReferralMachine.SideOf), whatever else the caller may change:
    // The step an update of a referral means to take, read from what was sent (its last history entry), so that a step sent
    // with a stale version is judged as the step it is and answered CONFLICT, not as some other change.
    private static ReferralAction? IntendedStep(Referral current, Referral sent)
    {
        if (sent.Status == current.Status && sent.Version == current.Version) return null;
        return sent.History is [.., { From: { } from, To: var to }] && to == sent.Status ? ReferralMachine.ActionOf(from, to) : null;
    }

    // A step of a referral's lifecycle is its side's to take (ReferralMachine.SideOf), whatever else the caller may change:
    // only the sender sends or cancels, only the helper's side answers and serves, only the hub expires. A step that also
    // changes anything else needs the caller's write scope as well.
    private (string Field, string Text)? RefuseStep(ReferralAction action, Referral before, Referral after, INetworkState was, INetworkState will)
    {
        if (StepRefusal(action, before, was) is { } refusal) return ("id", refusal);
        var stepOnly = after with { Status = before.Status, Outcome = before.Outcome, History = before.History, Version = before.Version, UpdatedAt = before.UpdatedAt };
        return stepOnly == before ? null : Refuse(before, was, "id") ?? Refuse(after, will, "id");
    }

    /// <summary>Why the caller may not take a step of a referral's lifecycle (it is another side's); null when it is theirs.</summary>
    public string? StepRefusal(ReferralAction action, Referral referral) => StepRefusal(action, referral, new SnapshotState(Snapshot));

    internal string? StepRefusal(ReferralAction action, Referral referral, INetworkState state)
    {
        var side = ReferralMachine.SideOf(action);
        if (OnSide(side, referral, state)) return null;
        var verb = action.ToString().ToLowerInvariant();
        return side switch
        {
            ReferralSide.Sender => $"only the sender of a referral (or the admin of the sender's organization) may {verb} it",
            ReferralSide.Helper => $"only the helper referred to (or the admin of the organization that holds the helper) may {verb} a referral",
            _ => $"only the hub may {verb} a referral",
        };
    }

    /// <summary>True when the caller stands on a side of a referral: is its sender or helper, or administers the organization that holds them.</summary>
    public bool OnSide(ReferralSide side, Referral referral) => OnSide(side, referral, new SnapshotState(Snapshot));

    internal bool OnSide(ReferralSide side, Referral referral, INetworkState state)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(state);
        if (SeesEverything) return true;
        if (side == ReferralSide.Hub || Caller.NodeId is not { } me) return false;
        var party = side == ReferralSide.Sender ? referral.SenderId : referral.HelperId;
        if (IsOwn(party)) return true;
        if (!Caller.Has(Roles.OrgAdmin)) return false;
        return state.Node(party) switch
        {
            SocialWorker => state.Linked(party, Direction.Out, LinkType.EmployedBy).Contains(me),
            Resource => side == ReferralSide.Helper && state.Linked(party, Direction.In, LinkType.Owns).Contains(me),
            _ => false,
        };
    }

    // What speaks for the elder — the rating of the help, the consent the referral relies on — is the elder's side's to
    // give: the sender or a social worker who serves the elder, never the helper's side rating itself.
    private (string Field, string Text)? RefuseElderSide(Node? before, Node? after, INetworkState state)
    {
        if (before is not Referral b || after is not Referral a) return null;
        var rated = a.Rating != b.Rating || a.RatingComment != b.RatingComment;
        if (!rated && a.ConsentId == b.ConsentId) return null;
        var elderSide = !OnSide(ReferralSide.Helper, b, state) && (OnSide(ReferralSide.Sender, b, state) ||
            (Caller.Has(Roles.SocialWorker) && CoveredIn(_served, b, state)));
        if (elderSide) return null;
        return rated
            ? ("rating", "a referral is rated by the elder's side: its sender or a social worker who serves the elder")
            : ("consentId", "the consent a referral relies on is named by the elder's side: its sender or a social worker who serves the elder");
    }

    // Volunteers keep their own profile but not their volunteer number: only staff see others' numbers, and a taken number
    // refused to a volunteer would tell them someone else's.
    private (string Field, string Text)? RefuseVolunteerNumber(Node? before, Node? after) =>
        before is Volunteer b && after is Volunteer a && b.VolunteerNumber != a.VolunteerNumber && !IsStaff
            ? ("volunteerNumber", "a volunteer number is changed by a social worker, an official or an organization admin")
            : null;

    private bool InWriteScope(Node node, INetworkState state)
    {
        if (Caller.Has(Roles.Volunteer) && Caller.NodeId is { } self && OwnedByVolunteer(node, self, state)) return true;
        if (Caller.Has(Roles.OrgAdmin) && Caller.NodeId is { } org && HeldBy(node, org, state)) return true;
        if (Caller.Has(Roles.SocialWorker) && node.Kind is not (NodeKind.Area or NodeKind.Project) && CoveredIn(_served, node, state)) return true;
        // A social worker logs the hours they served wherever they served them.
        if (Caller.Has(Roles.SocialWorker) && node is ServiceRecord { ServedById: var by } && by == Caller.NodeId) return true;
        return Caller.Has(Roles.Official) && OfficialKinds(node.Kind) && CoveredIn(_overseen, node, state);
    }

    // A volunteer keeps their own profile, logs the hours they served, earns on them, and spends, transfers or donates
    // their own credits; adjustments are staff's.
    private static bool OwnedByVolunteer(Node node, long self, INetworkState state) => node switch
    {
        Volunteer v => v.Id == self,
        ServiceRecord s => s.ServedById == self,
        TimeBankEntry { EntryKind: TimeBankEntryKind.Earn } t => t.ToId == self && t.ServiceRecordId is { } r && state.Node(r) is ServiceRecord { ServedById: var by } && by == self,
        TimeBankEntry { EntryKind: TimeBankEntryKind.Spend or TimeBankEntryKind.Transfer or TimeBankEntryKind.Donate } t => t.FromId == self,
        _ => false,
    };

    private static bool HeldBy(Node node, long org, INetworkState state)
    {
        if (node.Id == org) return true;
        foreach (var (type, dir) in OrganizationHolds)
        {
            if (state.Linked(node.Id, dir, type).Contains(org)) return true;
        }
        return node switch
        {
            Referral r => r.HelperId == org || r.SenderId == org,
            ServiceRecord s => s.ServedById == org,
            Webhook w => w.OrganizationId == org,
            // An organization books for itself, and keeps the bookings of the venues it owns.
            Booking b => b.BookedById == org || state.Linked(b.VenueId, Direction.In, LinkType.Owns).Contains(org),
            // An organization's admin spends or passes on its pool's credits; what comes in is the giver's to record.
            TimeBankEntry t => t.EntryKind is TimeBankEntryKind.Spend or TimeBankEntryKind.Donate && t.FromId == org,
            _ => false,
        };
    }

    // A node lies in a scope when the area it belongs to does: its home area, a need's owner's, a record's subject's,
    // the areas a project serves, an area itself — each read in the state given, and up the area hierarchy.
    private bool CoveredIn(HashSet<long> roots, Node node, INetworkState state)
    {
        if (roots.Count == 0) return false;
        foreach (var area in ScopeAreas(node, state, depth: 0))
        {
            for (long? at = area, steps = 0; at is { } a && steps < 8; at = state.Linked(a, Direction.Out, LinkType.PartOf).Cast<long?>().FirstOrDefault(), steps++)
            {
                if (roots.Contains(a)) return true;
            }
        }
        return false;
    }

    private static IEnumerable<long> ScopeAreas(Node node, INetworkState state, int depth)
    {
        if (depth > 3) return [];
        return node switch
        {
            Area a => [a.Id],
            Project p => state.Linked(p.Id, Direction.Out, LinkType.Serves),
            Need n => state.Linked(n.Id, Direction.Out, LinkType.LocatedIn).Concat(
                state.Linked(n.Id, Direction.In, LinkType.HasNeed).SelectMany(o => state.Node(o) is { } owner ? ScopeAreas(owner, state, depth + 1) : [])),
            Referral r => Subject(r.NeedId, state, depth),
            ServiceRecord s => Subject(s.ForId, state, depth),
            Consent c => Subject(c.ElderId, state, depth),
            TimeBankEntry t => t.FromId is { } from ? Subject(from, state, depth) : t.ToId is { } to ? Subject(to, state, depth) : [],
            Booking b => Subject(b.VenueId, state, depth),
            _ => state.Linked(node.Id, Direction.Out, LinkType.LocatedIn),
        };
    }

    private static IEnumerable<long> Subject(long id, INetworkState state, int depth) =>
        state.Node(id) is { } subject ? ScopeAreas(subject, state, depth + 1) : [];
}
