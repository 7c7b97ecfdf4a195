using GraphQL.Types;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Access;
using ResourceHub.Schema.Common;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Referrals;

/// <summary>A referral.</summary>
public sealed class ReferralType : NodeType<Referral>
{
    /// <summary>Declares the fields.</summary>
    public ReferralType() : base("Referral", "A referral of a need to a helper, followed to the end (转介); its status moves only by the steps of its lifecycle.", located: false)
    {
        Field<NonNullGraphType<DescribedEnumType<ReferralStatus>>>("status").Description("Where it stands (状态).").Resolve(c => c.Source.Status);
        Field<DescribedEnumType<ReferralOutcome>>("outcome").Description("How it ended, once completed (结果).").Resolve(c => c.Source.Outcome);
        Field<NodeInterface>("need").Description("The need referred (需求), as the caller sees it.").Resolve(c => c.Snapshot().Node(c.Source.NeedId));
        Field<NodeInterface>("helper").Description("Who is asked to help (服务方): a volunteer, social worker, organization or resource.").Resolve(c => c.Snapshot().Node(c.Source.HelperId));
        Field<NodeInterface>("sender").Description("Who sent it (转介方): a social worker or an organization.").Resolve(c => c.Snapshot().Node(c.Source.SenderId));
        Field<DateTimeOffsetGraphType>("sentAt").Description("When it was sent (发送时间).").Resolve(c => c.Source.LastAt(ReferralStatus.Sent));
        Field<DateTimeOffsetGraphType>("answeredAt").Description("When the helper's side accepted or declined it (答复时间).")
            .Resolve(c => c.Source.LastAt(ReferralStatus.Accepted) ?? c.Source.LastAt(ReferralStatus.Declined));
        Field<DateTimeOffsetGraphType>("closedAt").Description("When it reached a final status: declined, completed, failed, cancelled or expired (结束时间).")
            .Resolve(c => c.Source.History.Count > 0 && Graph.Referrals.ReferralMachine.IsFinal(c.Source.Status) ? c.Source.History[^1].At : null);
        Field<NodeInterface>("consent").Description("The elder's consent the referral relies on (知情同意), as the caller sees it.")
            .Resolve(c => c.Source.ConsentId is { } id ? c.Snapshot().Node(id) : null);
        Field<NonNullGraphType<BooleanGraphType>>("sharesPersonalData")
            .Description("True while the referral carries the elder's personal data to the helper's side: accepted and under way, with a consent of the elder that covers the helper and is not withdrawn (共享个人信息).")
            .Resolve(c => Graph.Referrals.ReferralMachine.IsActive(c.Source.Status) && Graph.Referrals.ReferralConsent.Covers(c.Source, c.Snapshot()));
        Field<IntGraphType>("rating").Description("The elder's side's rating of the help, 1 to 5, once completed (评分).").Resolve(c => c.Source.Rating);
        Field<StringGraphType>("ratingComment").Description("The elder's side's comment on the help (评价). It may tell of the elder: those who serve the elder see it.")
            .Resolve(c => c.Source.RatingComment).Personal(PersonalFields.ReferralRatingComment);
        Field<DateTimeOffsetGraphType>("ratedAt").Description("When it was rated (评价时间).").Resolve(c => c.Source.RatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReferralStepType>>>>("history")
            .Description("Every step, oldest first: from, to, when, by whom and why (流转记录). The reasons tell of the elder: those who serve the elder see them.")
            .Resolve(c => c.Source.History).Personal(PersonalFields.ReferralHistory);
    }
}

/// <summary>One step of a referral's lifecycle.</summary>
public sealed class ReferralStepType : ObjectGraphType<ReferralTransition>
{
    /// <summary>Declares the fields.</summary>
    public ReferralStepType()
    {
        Name = "ReferralStep";
        Description = "One step of a referral's lifecycle (流转步骤).";
        Field<DescribedEnumType<ReferralStatus>>("from").Description("Where it stood; null for the first step, its creation as a draft (原状态).").Resolve(c => c.Source.From);
        Field<NonNullGraphType<DescribedEnumType<ReferralStatus>>>("to").Description("Where it went (新状态).").Resolve(c => c.Source.To);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Description("When (时间).").Resolve(c => c.Source.At);
        Field<NodeInterface>("by").Description("Who took the step (操作方); null when the hub did (an expiry).").Resolve(c => c.Source.ById is { } id ? c.Snapshot().Node(id) : null);
        Field<StringGraphType>("reason").Description("Why; given to decline or fail, and may be given to any step (原因).").Resolve(c => c.Source.Reason);
    }
}
