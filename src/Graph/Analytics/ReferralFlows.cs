using ResourceHub.Graph.Access;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;

namespace ResourceHub.Graph.Analytics;

/// <summary>
/// How referrals flow between organizations: the referrals of the needs of an area (placed in it or below) that the
/// caller may see, sent within a period, grouped by sending and helping organization.
/// </summary>
public static class ReferralFlows
{
    /// <summary>The flows, most referrals first (ties by the two ids).</summary>
    public static IReadOnlyList<ReferralFlow> Of(AccessPolicy policy, long areaId, AnalyticsPeriod period)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var s = policy.Snapshot;
        var flows = new Dictionary<(long, long), (int Count, Dictionary<ReferralStatus, int> Status, Dictionary<ReferralOutcome, int> Outcome)>();
        foreach (var r in InArea(policy, areaId, period))
        {
            var key = (OrganizationOf(s, r.SenderId), OrganizationOf(s, r.HelperId));
            if (!flows.TryGetValue(key, out var flow)) flow = (0, [], []);
            flow.Status[r.Status] = flow.Status.GetValueOrDefault(r.Status) + 1;
            if (r.Outcome is { } o) flow.Outcome[o] = flow.Outcome.GetValueOrDefault(o) + 1;
            flows[key] = (flow.Count + 1, flow.Status, flow.Outcome);
        }
        return [.. flows.Select(kv => new ReferralFlow(kv.Key.Item1, kv.Key.Item2, kv.Value.Count, kv.Value.Status, kv.Value.Outcome))
            .OrderByDescending(f => f.Referrals).ThenBy(f => f.FromId).ThenBy(f => f.ToId)];
    }

    /// <summary>The referrals the caller may see of the needs placed in the area, sent within the period.</summary>
    public static IEnumerable<Referral> InArea(AccessPolicy policy, long areaId, AnalyticsPeriod period)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var s = policy.Snapshot;
        foreach (var r in AreaRecords.Of(s, areaId).Referrals)
        {
            if (r.LastAt(ReferralStatus.Sent) is not { } sent || !period.Contains(sent)) continue;
            if (!s.IsWithin(NodeFacets.NeedArea(s, r.NeedId)?.Id, areaId) || !policy.MaySee(r)) continue;
            yield return r;
        }
    }

    /// <summary>
    /// The organization a party stands for: itself when it is one; else where a social worker is stationed or employed,
    /// or the team or organization a volunteer is a member of (the lowest id when several); else the party itself.
    /// </summary>
    public static long OrganizationOf(NetworkSnapshot snapshot, long id)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.KindOf(id) == NodeKind.Organization) return id;
        foreach (var type in (ReadOnlySpan<LinkType>)[LinkType.StationedAt, LinkType.EmployedBy, LinkType.MemberOf])
        {
            long? best = null;
            foreach (var e in snapshot.Edges(id, Direction.Out, type))
            {
                if (snapshot.KindOf(e.OtherId) == NodeKind.Organization && (best is null || e.OtherId < best)) best = e.OtherId;
            }
            if (best is { } org) return org;
        }
        return id;
    }
}
