using GraphQL.Types;

namespace ResourceHub.Schema.Analytics;

/// <summary>One target of a contract against what was delivered.</summary>
public sealed class TargetAttainmentType : ObjectGraphType<TargetAttainment>
{
    /// <summary>Declares the fields.</summary>
    public TargetAttainmentType()
    {
        Name = "TargetAttainment";
        Description = "One target of a contract against what was delivered (指标完成).";
        Field<NonNullGraphType<StringGraphType>>("measure").Description("What is measured: ACTIVITIES, HOURS, ELDERS_REACHED or REFERRALS_COMPLETED (指标).").Resolve(c => c.Source.Measure);
        Field<NonNullGraphType<DecimalGraphType>>("target").Description("What the contract promises (目标).").Resolve(c => c.Source.Target);
        Field<NonNullGraphType<DecimalGraphType>>("delivered").Description("What was delivered (完成).").Resolve(c => c.Source.Delivered);
        Field<FloatGraphType>("ratio").Description("Delivered over target; null for a target of 0 (完成率).").Resolve(c => c.Source.Ratio);
    }
}
