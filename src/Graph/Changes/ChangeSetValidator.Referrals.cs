using ResourceHub.Graph.Model;
using ResourceHub.Graph.Referrals;

namespace ResourceHub.Graph.Changes;

// A referral's status changes only by a step of its lifecycle, kept in its history: whatever path writes a referral,
// the validator compares it with what it was, so no update can set a status, rewrite the history or take a helper
// more than the need asks for.
internal sealed partial class ChangeSetValidator
{
    private const int MaxReasonLength = 500;

    // Needs whose count of referrals under way must be checked again, with the operation that made them so.
    private readonly Dictionary<long, int> _filledNeeds = [];

    // Referrals that name a consent anew, checked against it once the whole set is read (the consent, the need's owner
    // and the helper's organization may be written by the same set).
    private readonly Dictionary<long, int> _consentsNamed = [];

    private Referral CheckReferral(int op, Referral? before, Referral after)
    {
        var completed = after.Status == ReferralStatus.Completed;
        if (after.Outcome is not null != completed)
            Error(op, "outcome", completed ? "a completed referral says how it ended" : "only a completed referral has an outcome");
        if (before is null)
        {
            CheckCreatedHistory(op, after);
        }
        else if (before.Status == after.Status)
        {
            if (!after.History.SequenceEqual(before.History) && !ErasesReasons(before.History, after.History))
                Error(op, "history", "a referral's history is kept as it was: it grows only by a step of its lifecycle");
            if (after.Outcome != before.Outcome) Error(op, "outcome", "the outcome is given when the referral is completed, and kept");
        }
        else
        {
            after = CheckStep(op, before, after);
        }
        if (before is { Status: not ReferralStatus.Draft } && (after.NeedId != before.NeedId || after.HelperId != before.HelperId || after.SenderId != before.SenderId))
            Error(op, "needId", "the need, helper and sender of a referral change only while it is a draft");
        after = CheckRating(op, before, after);
        if (after.ConsentId is not null && after.ConsentId != before?.ConsentId) _consentsNamed.TryAdd(after.Id, op);
        if (before is { ConsentId: not null } && after.ConsentId != before.ConsentId && ReferralMachine.IsFinal(before.Status))
            Error(op, "consentId", "a closed referral keeps the consent it relied on");
        if (ReferralMachine.IsActive(after.Status) && (before is null || !ReferralMachine.IsActive(before.Status) || before.NeedId != after.NeedId))
            _filledNeeds.TryAdd(after.NeedId, op);
        return after;
    }

    // An elder's erasure (PIPL) replaces the reasons of the steps, which tell of the elder, and keeps the steps.
    private static bool ErasesReasons(IReadOnlyList<ReferralTransition> before, IReadOnlyList<ReferralTransition> after) =>
        before.Count == after.Count && before.Zip(after).All(p => p.First == p.Second || p.First with { Reason = Privacy.ElderErasure.ErasedName } == p.Second);

    // The elder's side rates a completed referral once: the rating and comment are kept, stamped when given.
    private Referral CheckRating(int op, Referral? before, Referral after)
    {
        if (after.Rating == before?.Rating && after.RatingComment == before?.RatingComment)
            return after.RatedAt == before?.RatedAt ? after : after with { RatedAt = before?.RatedAt };
        if (before?.Rating is not null) { Error(op, "rating", "this referral was rated already; a rating is kept as it was given"); return after; }
        if (after.Status != ReferralStatus.Completed) { Error(op, "rating", "only a completed referral is rated"); return after; }
        if (after.Rating is null) { Error(op, "rating", "a comment comes with a rating"); return after; }
        if (after.RatingComment is { Length: > MaxReasonLength }) Error(op, "ratingComment", $"must be at most {MaxReasonLength} characters");
        return after with { RatedAt = _now };
    }

    // A referral's consent covers it: the elder's, not withdrawn, given to the helper or the helper's organization.
    private void CheckConsents()
    {
        foreach (var (id, op) in _consentsNamed)
        {
            if (NodeOf(id) is not Referral r || r.ConsentId is not { } consentId || NodeOf(consentId) is not Consent consent) continue;
            if (Referrals.ReferralConsent.Gap(consent, r, this) is { } gap) Error(op, "consentId", gap);
        }
    }

    // A consent is kept as the elder gave it: only its withdrawal is recorded, once.
    private void CheckConsentUpdate(int op, Consent before, Consent after)
    {
        if (after.ElderId != before.ElderId || after.Purpose != before.Purpose || !after.Scope.SequenceEqual(before.Scope) ||
            after.RecipientId != before.RecipientId || after.GivenAt != before.GivenAt)
            Error(op, "purpose", "a consent is kept as the elder gave it: record a new consent for another purpose, scope or recipient");
        if (before.WithdrawnAt is not null && after.WithdrawnAt != before.WithdrawnAt)
            Error(op, "withdrawnAt", "a withdrawal is final: record a new consent if the elder consents again");
    }

    // A referral created with a history (loaded, the demo) must have one its lifecycle could have made. One created without
    // (a record imported from elsewhere, by the hub itself) keeps the status it came with: the API creates drafts only.
    private void CheckCreatedHistory(int op, Referral r)
    {
        if (r.History.Count == 0) return;
        ReferralStatus? at = null;
        foreach (var step in r.History)
        {
            var action = at is { } from && step.From == from ? ReferralMachine.ActionOf(from, step.To) : null;
            if (at is null ? step.From is not null || step.To != ReferralStatus.Draft : action is null)
            {
                Error(op, "history", "a referral's history starts as a DRAFT and moves only by the steps of its lifecycle");
                return;
            }
            if (action is { } taken) CheckReason(op, taken, step.Reason);
            at = step.To;
        }
        if (at != r.Status) Error(op, "status", "a referral's status is the last step of its history");
    }

    // An update that moves the status: exactly one new step, from where it stood, allowed by the lifecycle, stamped now.
    private Referral CheckStep(int op, Referral before, Referral after)
    {
        var action = ReferralMachine.ActionOf(before.Status, after.Status);
        if (action is null)
        {
            Error(op, "status", "a {0} referral cannot become {1}", ChangeErrorCodes.InvalidTransition, before.Status, after.Status);
            return after;
        }
        var history = after.History;
        if (history.Count != before.History.Count + 1 || !history.Take(before.History.Count).SequenceEqual(before.History) ||
            history[^1].From != before.Status || history[^1].To != after.Status)
        {
            Error(op, "history", "a step of a referral's lifecycle adds one entry to its history, from where it stood to where it goes");
            return after;
        }
        // (The outcome was checked above: only the step to COMPLETED gives one.)
        CheckReason(op, action.Value, history[^1].Reason);
        return after with { History = [.. before.History, history[^1] with { At = _now }] };
    }

    private void CheckReason(int op, ReferralAction action, string? reason)
    {
        if (ReferralMachine.NeedsReason(action) && string.IsNullOrWhiteSpace(reason)) Error(op, "reason", $"to {action.ToString().ToLowerInvariant()} a referral, say why");
        if (reason is { Length: > MaxReasonLength }) Error(op, "reason", $"must be at most {MaxReasonLength} characters");
    }

    // A need that asks for N helpers never has more than N referrals under way, as the change set would leave it.
    private void CheckHelpersWanted()
    {
        if (_filledNeeds.Count == 0) return;
        // The referrals this set writes, by need: read once, so the check costs what the set holds, not its size times its needs.
        var written = new Dictionary<long, List<long>>();
        foreach (var (id, node) in _nodes)
        {
            if (node is Referral r && _filledNeeds.ContainsKey(r.NeedId) && ReferralMachine.IsActive(r.Status))
            {
                if (!written.TryGetValue(r.NeedId, out var list)) written[r.NeedId] = list = [];
                list.Add(id);
            }
        }
        foreach (var (needId, op) in _filledNeeds)
        {
            if (NodeOf(needId) is not Need need) continue;
            var active = new HashSet<long>();
            foreach (var id in _s.ReferencedBy(needId))
            {
                if (NodeOf(id) is Referral { Status: var status } r && r.NeedId == needId && ReferralMachine.IsActive(status)) active.Add(id);
            }
            if (written.TryGetValue(needId, out var ours)) active.UnionWith(ours);
            if (active.Count > need.HelpersWanted)
            {
                Error(op, "id", "{0} asks for {1} helper(s) and already has them under way; its other referrals wait or are declined", ChangeErrorCodes.NeedFilled,
                    NodeRef.Of(need), need.HelpersWanted);
            }
        }
    }
}
