using ResourceHub.Graph.Analytics;

namespace ResourceHub.Schema.Analytics;

/// <summary>One target of a contract against what was delivered.</summary>
/// <param name="Measure">What is measured: ACTIVITIES, HOURS, ELDERS_REACHED or REFERRALS_COMPLETED.</param>
/// <param name="Target">What the contract promises.</param>
/// <param name="Delivered">What was delivered.</param>
public sealed record TargetAttainment(string Measure, decimal Target, decimal Delivered)
{
    /// <summary>Delivered over target; null for a target of 0.</summary>
    public double? Ratio => Target == 0 ? null : Math.Round((double)(Delivered / Target), 4);

    /// <summary>The targets a delivery's contract sets, each against its delivery.</summary>
    public static IReadOnlyList<TargetAttainment> Of(ProjectDelivery d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var result = new List<TargetAttainment>();
        if (d.Targets.Activities is { } a) result.Add(new("ACTIVITIES", a, d.ActivitiesHeld));
        if (d.Targets.Hours is { } h) result.Add(new("HOURS", h, d.HoursServed));
        if (d.Targets.EldersReached is { } e) result.Add(new("ELDERS_REACHED", e, d.EldersReached));
        if (d.Targets.ReferralsCompleted is { } r) result.Add(new("REFERRALS_COMPLETED", r, d.ReferralsCompleted));
        return result;
    }
}
