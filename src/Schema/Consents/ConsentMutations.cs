using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Mutations;

namespace ResourceHub.Schema.Consents;

/// <summary>The mutations of a consent beyond writing it: its withdrawal.</summary>
public static class ConsentMutations
{
    /// <summary>Adds withdrawConsent.</summary>
    public static void AddConsentWithdrawal(this ObjectGraphType mutation, MutationRunner runner)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        ArgumentNullException.ThrowIfNull(runner);
        mutation.Field<NodePayloadType<ConsentType>>("withdrawConsent")
            .Description("Records that the elder withdrew a consent, now; from the next read on, no referral shares the elder's data under it (撤回同意). A withdrawal is final.")
            .Argument<NonNullGraphType<WithdrawConsentInputType>>("input", "The consent and the version read (知情同意).")
            .ResolveAsync(async c => await runner.ChangeAsync(c, NodeKind.Consent, (node, _) => (Consent)node with { WithdrawnAt = DateTimeOffset.UtcNow }));
    }
}
