using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Analytics;

/// <summary>What a government-purchased project promised against what it delivered, within an area and a period.</summary>
/// <param name="ProjectId">The project.</param>
/// <param name="Period">The days counted: the project's contract period within the period asked.</param>
/// <param name="Providers">Who delivers it (承接方).</param>
/// <param name="ServedAreas">The areas it serves within the area asked (or the area itself when the project serves one above it).</param>
/// <param name="Targets">What the contract promises.</param>
/// <param name="ActivitiesHeld">Activities of its services delivered or organized by its providers in those areas, begun in the period.</param>
/// <param name="Participants">Their participants.</param>
/// <param name="HoursServed">Hours its providers' side served in those areas in the period.</param>
/// <param name="EldersReached">Distinct elders of those areas served in the period, by a service record or a referral completed with help given.</param>
/// <param name="ReferralOutcomes">Referrals to its providers' side of needs in those areas, closed in the period, by outcome (completed) or status (declined, failed, cancelled, expired).</param>
public sealed record ProjectDelivery(long ProjectId, AnalyticsPeriod Period, IReadOnlyList<long> Providers, IReadOnlyList<long> ServedAreas, ProjectTargets Targets,
    int ActivitiesHeld, int Participants, decimal HoursServed, int EldersReached, IReadOnlyDictionary<string, int> ReferralOutcomes)
{
    /// <summary>Referrals completed with help given.</summary>
    public int ReferralsCompleted => ReferralOutcomes.GetValueOrDefault(nameof(ReferralOutcome.GotHelp));
}
