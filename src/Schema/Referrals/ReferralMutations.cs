using GraphQL.Types;
using ResourceHub.Graph.Referrals;
using ResourceHub.Schema.Mutations;

namespace ResourceHub.Schema.Referrals;

/// <summary>The steps of a referral's lifecycle as mutations, one each (<see cref="ReferralMachine"/>).</summary>
public static class ReferralMutations
{
    /// <summary>Adds sendReferral, acceptReferral, declineReferral, startReferral, holdReferral, resumeReferral, completeReferral, failReferral and cancelReferral.</summary>
    public static void AddReferralSteps(this ObjectGraphType mutation, MutationRunner runner)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        ArgumentNullException.ThrowIfNull(runner);
        Step<ReferralStepInputType>(mutation, runner, ReferralAction.Send, "Sends a draft referral to its helper; the sender's step (发送转介).");
        Step<ReferralStepInputType>(mutation, runner, ReferralAction.Accept, "Accepts a sent referral; the helper's side's step, refused NEED_FILLED when the need has all the helpers it asks for (接受转介).");
        Step<ReferralReasonInputType>(mutation, runner, ReferralAction.Decline, "Declines a sent referral, saying why; the helper's side's step (拒绝转介).");
        Step<ReferralStepInputType>(mutation, runner, ReferralAction.Start, "Begins the service of an accepted referral; the helper's side's step (开始服务).");
        Step<ReferralStepInputType>(mutation, runner, ReferralAction.Hold, "Pauses an accepted or running referral; the helper's side's step (暂停转介).");
        Step<ReferralStepInputType>(mutation, runner, ReferralAction.Resume, "Takes a paused referral up again; the helper's side's step (恢复转介).");
        Step<CompleteReferralInputType>(mutation, runner, ReferralAction.Complete, "Completes a running referral with its outcome; the helper's side's step (完成转介).");
        Step<ReferralReasonInputType>(mutation, runner, ReferralAction.Fail, "Ends an accepted, running or paused referral without help given, saying why; the helper's side's step (转介失败).");
        Step<ReferralStepInputType>(mutation, runner, ReferralAction.Cancel, "Withdraws a referral that has not ended; the sender's step (取消转介).");
        mutation.Field<NodePayloadType<ReferralType>>("rateReferral")
            .Description("Rates the help of a completed referral, once, for the elder's side: its sender or a social worker who serves the elder (服务评价). The rating feeds the helper's track record in matching.")
            .Argument<NonNullGraphType<RateReferralInputType>>("input", "The referral, the version read and the rating (评价).")
            .ResolveAsync(async c => await runner.ChangeAsync(c, Graph.Model.NodeKind.Referral, (node, input) => (Graph.Model.Referral)node with
            {
                Rating = input.Value("rating") as int?,
                RatingComment = (input.Value("comment") as string)?.Trim() is { Length: > 0 } comment ? comment : null,
            }));
    }

    private static void Step<TInput>(ObjectGraphType mutation, MutationRunner runner, ReferralAction action, string description) where TInput : ReferralStepInputBase =>
        mutation.Field<NodePayloadType<ReferralType>>(action.ToString().ToLowerInvariant() + "Referral")
            .Description(description)
            .Argument<NonNullGraphType<TInput>>("input", "The referral, with the version read (转介).")
            .ResolveAsync(async c => await runner.StepReferralAsync(c, action));
}
