using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Referrals;

/// <summary>
/// When a referral may carry an elder's personal data to the helper's side (PIPL's separate consent, 单独同意): the
/// referral names a consent of the elder whose need it refers, not withdrawn, given to the helper — or to the
/// organization that holds the helper, or to no one in particular (the helper the sender chooses). The write path
/// checks a referral's consent against this when it is named; the access policy reads it again on every read, so a
/// withdrawal counts at once.
/// </summary>
public static class ReferralConsent
{
    /// <summary>Why a consent does not cover a referral; null when it does.</summary>
    internal static string? Gap(Consent consent, Referral referral, INetworkState state)
    {
        ArgumentNullException.ThrowIfNull(consent);
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(state);
        if (consent.WithdrawnAt is not null) return "this consent was withdrawn";
        if (!state.Linked(referral.NeedId, Direction.In, LinkType.HasNeed).Contains(consent.ElderId))
            return "this consent is not of the elder whose need is referred";
        return RecipientCovers(consent.RecipientId, referral.HelperId, state) ? null : "this consent names another recipient than the helper referred to";
    }

    /// <summary>True when the referral names a consent that covers it in this snapshot.</summary>
    public static bool Covers(Referral referral, Index.NetworkSnapshot snapshot) => Of(referral, new SnapshotState(snapshot)) is not null;

    /// <summary>The consent that lets the referral share the elder's data with the helper's side, or null.</summary>
    internal static Consent? Of(Referral referral, INetworkState state) =>
        referral.ConsentId is { } id && state.Node(id) is Consent consent && Gap(consent, referral, state) is null ? consent : null;

    // A consent given to an organization covers the social workers it employs, the volunteers who are its members and the
    // resources it owns; one given to nobody in particular covers whichever helper the referral names.
    private static bool RecipientCovers(long? recipient, long helper, INetworkState state)
    {
        if (recipient is not { } to || to == helper) return true;
        return state.Node(helper) switch
        {
            SocialWorker => state.Linked(helper, Direction.Out, LinkType.EmployedBy).Contains(to),
            Volunteer => state.Linked(helper, Direction.Out, LinkType.MemberOf).Contains(to),
            Resource => state.Linked(helper, Direction.In, LinkType.Owns).Contains(to),
            _ => false,
        };
    }
}
