using ResourceHub.Graph.Access;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;
using ResourceHub.Graph.Taxonomy;

namespace ResourceHub.Graph.Analytics;

/// <summary>
/// How government-purchased projects deliver: for each project serving the area (or an area within or above it),
/// what its providers' side — the providers, their units, and the people stationed at, employed by or members of them —
/// did for the areas it serves in the period, of what the caller may see.
/// </summary>
public static class ProjectDeliveries
{
    /// <summary>The projects of the area, by id, each with what it delivered.</summary>
    public static IReadOnlyList<ProjectDelivery> Of(AccessPolicy policy, long areaId, AnalyticsPeriod period)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var s = policy.Snapshot;
        var result = new List<ProjectDelivery>();
        // The records and referrals of the network, read once and filed by who served and who was referred to: each
        // project then reads its own side's, and a city of projects costs what its records are, not projects times records.
        var records = s.Nodes<ServiceRecord>().ToLookup(r => r.ServedById);
        var referrals = s.Nodes<Referral>().ToLookup(r => r.HelperId);
        foreach (var project in s.Nodes<Project>().OrderBy(p => p.Id))
        {
            var served = new List<long>();
            foreach (var e in s.Edges(project.Id, Direction.Out, LinkType.Serves))
            {
                if (s.IsWithin(e.OtherId, areaId)) served.Add(e.OtherId);
                else if (s.IsWithin(areaId, e.OtherId)) served.Add(areaId);
            }
            if (served.Count == 0 || !policy.MaySee(project)) continue;
            result.Add(Delivered(policy, project, [.. served.Distinct().Order()], period.Within(project.Period.From, project.Period.To), records, referrals));
        }
        return result;
    }

    private static ProjectDelivery Delivered(AccessPolicy policy, Project project, IReadOnlyList<long> served, AnalyticsPeriod period,
        ILookup<long, ServiceRecord> records, ILookup<long, Referral> referrals)
    {
        var s = policy.Snapshot;
        var providers = s.Edges(project.Id, Direction.Out, LinkType.DeliveredBy).OtherIds.ToArray().Select(i => (long)i).Order().ToList();
        var side = Side(s, providers);
        var servedSet = served.ToHashSet();
        bool InServed(Area? area) => s.IsWithinAny(area?.Id, servedSet);
        var related = ServiceSet.Related(project.Services);
        if (period.IsEmpty) return new ProjectDelivery(project.Id, period, providers, served, project.Targets, 0, 0, 0, 0, new Dictionary<string, int>());

        int activities = 0, participants = 0;
        var seenActivities = new HashSet<long>();
        foreach (var id in side)
        {
            foreach (var type in (ReadOnlySpan<LinkType>)[LinkType.DeliveredBy, LinkType.OrganizedBy])
            {
                foreach (var e in s.Edges(id, Direction.In, type))
                {
                    if (s.Node(e.OtherId) is not Activity a || !seenActivities.Add(a.Id)) continue;
                    var began = a.Schedule.From ?? AnalyticsPeriod.DayOf(a.CreatedAt);
                    if (!period.Contains(began) || !s.ServicesOf(a.Id).Overlaps(related) || !InServed(NodeFacets.HomeArea(s, a.Id)) || !policy.MaySee(a)) continue;
                    activities++;
                    participants += a.Participants ?? 0;
                }
            }
        }

        decimal hours = 0;
        var elders = new HashSet<long>();
        foreach (var record in side.SelectMany(id => records[id]))
        {
            if (!period.Contains(record.Date) || !InServed(PeriodTotals.SubjectArea(s, record.ForId)) || !policy.MaySee(record)) continue;
            hours += record.Hours;
            if (ElderOf(s, record.ForId) is { } elder) elders.Add(elder);
        }
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in side.SelectMany(id => referrals[id]))
        {
            if (!InServed(NodeFacets.NeedArea(s, r.NeedId)) || !policy.MaySee(r)) continue;
            if (r.Status is not (ReferralStatus.Completed or ReferralStatus.Declined or ReferralStatus.Failed or ReferralStatus.Cancelled or ReferralStatus.Expired)) continue;
            if (r.LastAt(r.Status) is not { } closed || !period.Contains(closed)) continue;
            var key = r.Status == ReferralStatus.Completed && r.Outcome is { } o ? o.ToString() : r.Status.ToString();
            outcomes[key] = outcomes.GetValueOrDefault(key) + 1;
            if (r.Outcome == ReferralOutcome.GotHelp && ElderOf(s, r.NeedId) is { } elder) elders.Add(elder);
        }
        return new ProjectDelivery(project.Id, period, providers, served, project.Targets, activities, participants, hours, elders.Count, outcomes);
    }

    // The providers, their units, and the people stationed at, employed by or members of either.
    private static HashSet<long> Side(NetworkSnapshot s, IReadOnlyList<long> providers)
    {
        var side = new HashSet<long>(providers);
        foreach (var p in providers)
        {
            foreach (var e in s.Edges(p, Direction.In, LinkType.PartOf))
            {
                if (s.KindOf(e.OtherId) == NodeKind.Organization) side.Add(e.OtherId);
            }
        }
        foreach (var org in side.ToList())
        {
            foreach (var type in (ReadOnlySpan<LinkType>)[LinkType.StationedAt, LinkType.EmployedBy, LinkType.MemberOf])
            {
                foreach (var e in s.Edges(org, Direction.In, type))
                {
                    if (s.KindOf(e.OtherId) is NodeKind.SocialWorker or NodeKind.Volunteer) side.Add(e.OtherId);
                }
            }
        }
        return side;
    }

    private static long? ElderOf(NetworkSnapshot s, long subjectId) => s.Node(subjectId) switch
    {
        Elder e => e.Id,
        Need => s.NeedOwner(subjectId) is Elder owner ? owner.Id : null,
        _ => null,
    };
}
