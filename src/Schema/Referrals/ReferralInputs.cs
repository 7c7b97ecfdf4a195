using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Mutations;

namespace ResourceHub.Schema.Referrals;

/// <summary>What the mutations of Referral may write: its parties while it is a draft; its status moves only by the steps of its lifecycle (sendReferral …).</summary>
public sealed class ReferralInputs : KindInputs
{
    /// <summary>Declares the fields.</summary>
    public ReferralInputs() : base(NodeKind.Referral, "转介", located: false)
    {
        Add<IdGraphType>("needId", "Global id of the need referred (需求).", required: true, (n, v) => ((Referral)n) with { NeedId = InputValues.NodeId("needId", v, NodeKind.Need) });
        Add<IdGraphType>("helperId", "Global id of the helper: volunteer, social worker, organization or resource (服务方).", required: true,
            (n, v) => ((Referral)n) with { HelperId = InputValues.NodeId("helperId", v, NodeKind.Volunteer, NodeKind.SocialWorker, NodeKind.Organization, NodeKind.Resource) });
        Add<IdGraphType>("senderId", "Global id of the sender: a social worker or an organization (转介方).", required: true,
            (n, v) => ((Referral)n) with { SenderId = InputValues.NodeId("senderId", v, NodeKind.SocialWorker, NodeKind.Organization) });
        Add<IdGraphType>("consentId", "Global id of the elder's consent the referral relies on to share the elder's data with the helper's side; without it the helper sees the need de-identified (知情同意).",
            required: false, (n, v) => ((Referral)n) with { ConsentId = v is null ? null : InputValues.NodeId("consentId", v, NodeKind.Consent) });
    }

    /// <inheritdoc />
    public override Node New() => new Referral { Status = ReferralStatus.Draft };
}
