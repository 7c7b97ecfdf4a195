using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Common;
using ResourceHub.Schema.Mutations;

namespace ResourceHub.Schema.Referrals;

/// <summary>The input of a step of a referral's lifecycle, read from any of its three input types.</summary>
public sealed record ReferralStepInput(string? ClientMutationId, string Id, int Version, string? Reason, ReferralOutcome? Outcome, decimal? Hours = null, DateOnly? Date = null);

/// <summary>The input of steps that may say why: send, accept, start, hold, resume, cancel.</summary>
public sealed class ReferralStepInputType() : ReferralStepInputBase("ReferralStepInput", "A referral and the version read, for a step of its lifecycle (转介步骤).", reasonRequired: false, outcome: false);

/// <summary>The input of steps that must say why: decline, fail.</summary>
public sealed class ReferralReasonInputType() : ReferralStepInputBase("ReferralReasonInput", "A referral, the version read and why: to decline or fail it (转介步骤：原因).", reasonRequired: true, outcome: false);

/// <summary>The input of completing a referral.</summary>
public sealed class CompleteReferralInputType() : ReferralStepInputBase("CompleteReferralInput", "A referral, the version read and how it ended (完成转介).", reasonRequired: false, outcome: true);

/// <summary>A step's input: the referral and the version read, with a reason optional or required, or with the outcome.</summary>
public abstract class ReferralStepInputBase : InputObjectGraphType
{
    /// <summary>Declares the fields.</summary>
    protected ReferralStepInputBase(string name, string description, bool reasonRequired, bool outcome)
    {
        Name = name;
        Description = description;
        this.AddIdAndVersion("Global id of the referral (转介).");
        if (outcome)
        {
            Field<NonNullGraphType<DescribedEnumType<ReferralOutcome>>>("outcome").Description("How it ended (结果).");
            Field<DecimalGraphType>("hours").Description("Hours served, more than 0 and at most 24: logged as a service record of the helper for the need in the same commit, and, for a volunteer, earned in the time bank (服务时长).");
            Field<DateOnlyGraphType>("date").Description("The day the hours were served; today when absent (服务日期).");
        }
        if (reasonRequired) Field<NonNullGraphType<StringGraphType>>("reason").Description("Why, at most 500 characters; kept in the referral's history (原因).");
        else Field<StringGraphType>("reason").Description("Why, if the step wants saying, at most 500 characters; kept in the referral's history (原因).");
    }

    /// <summary>Reads the input.</summary>
    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var (clientMutationId, id, version) = VersionedInputFields.ReadIdAndVersion(value);
        return new ReferralStepInput(clientMutationId, id, version, value.ValueOf("reason") as string, value.ValueOf("outcome") as ReferralOutcome?,
            InputValues.Decimal(value.ValueOf("hours")), value.ValueOf("date") as DateOnly?);
    }
}
