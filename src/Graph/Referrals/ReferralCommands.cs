using ResourceHub.Graph.Access;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Referrals;

/// <summary>
/// One command per step of a referral's lifecycle (<see cref="ReferralMachine"/>): each reads the referral as the caller
/// sees it and gives the change set that takes the step, or the error that says why it cannot be taken from here. It
/// never throws and writes nothing; the write path commits the change set, where the validator checks the step again
/// against the network as it then is and the access policy checks that the step is the caller's to take.
/// </summary>
public static class ReferralCommands
{
    /// <summary>The change set that takes <paramref name="action"/> on a referral, or why it cannot be taken.</summary>
    /// <param name="snapshot">The network as read.</param>
    /// <param name="policy">The caller's access policy: a referral the caller may not see is not found.</param>
    /// <param name="referralId">The referral.</param>
    /// <param name="version">The version the caller read.</param>
    /// <param name="action">The step to take.</param>
    /// <param name="reason">Why: required to decline or fail, kept in the history for any step.</param>
    /// <param name="outcome">How it ended: required to complete, and only then.</param>
    public static (ChangeSet? Changes, ChangeError? Error) Plan(NetworkSnapshot snapshot, AccessPolicy policy, long referralId, int version, ReferralAction action,
        string? reason = null, ReferralOutcome? outcome = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(policy);
        if (snapshot.Node(referralId) is not Referral referral || !policy.MaySee(referral))
            return Refused("id", "there is no referral with this id", ChangeErrorCodes.NotFound);
        if (referral.Version != version)
        {
            return Refused("version", "{0} is at version {1}, not {2}: it changed since it was read; read it again", ChangeErrorCodes.Conflict,
                NodeRef.Of(referral), referral.Version, version);
        }
        if (ReferralMachine.Next(referral.Status, action) is not { } next)
        {
            return Refused("id", "a {0} referral cannot take the step {1}: it is taken from {2}", ChangeErrorCodes.InvalidTransition,
                referral.Status, action, ReferralMachine.From(action).Cast<Enum>().ToList());
        }
        if (outcome is not null && action != ReferralAction.Complete) return Refused("outcome", "only a completed referral has an outcome", ChangeErrorCodes.BadUserInput);
        if (outcome is null && action == ReferralAction.Complete) return Refused("outcome", "a completed referral says how it ended", ChangeErrorCodes.BadUserInput);
        var caller = policy.Caller;
        var step = new ReferralTransition
        {
            From = referral.Status,
            To = next,
            ById = ActingNode(snapshot, caller),
            By = caller.Subject,
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
        };
        var changes = new ChangeSet().Update(referral with
        {
            Status = next,
            Outcome = action == ReferralAction.Complete ? outcome : referral.Outcome,
            History = [.. referral.History, step],
        });
        return (changes, null);
    }

    // The node a caller acts as, when the history can name one: their own volunteer, social worker or organization node.
    private static long? ActingNode(NetworkSnapshot snapshot, Caller caller) =>
        caller.NodeId is { } id && snapshot.Node(id)?.Kind is NodeKind.Volunteer or NodeKind.SocialWorker or NodeKind.Organization ? id : null;

    private static (ChangeSet?, ChangeError?) Refused(string field, string template, string code, params object[] args) =>
        (null, new ChangeError(0, field, template, code, args.Length == 0 ? null : args));
}
