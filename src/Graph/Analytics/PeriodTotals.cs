using ResourceHub.Graph.Access;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;

namespace ResourceHub.Graph.Analytics;

/// <summary>
/// Totals per period for an area: needs posted and met, referrals by status, hours served, credits banked — of what
/// the caller may see of the needs, referrals, service records and time-bank entries placed in the area or below it.
/// </summary>
public static class PeriodTotals
{
    /// <summary>The most periods one series may hold.</summary>
    public const int MaxPeriods = 120;

    /// <summary>The periods of <paramref name="interval"/> that cover <paramref name="from"/>..<paramref name="to"/>, the first and last cut to them.</summary>
    public static IReadOnlyList<(DateOnly From, DateOnly To)> Periods(DateOnly from, DateOnly to, TotalsInterval interval)
    {
        if (from > to) throw new ArgumentException($"from ({from:yyyy-MM-dd}) is after to ({to:yyyy-MM-dd})", nameof(from));
        var periods = new List<(DateOnly, DateOnly)>();
        var start = from;
        while (start <= to)
        {
            var end = interval switch
            {
                TotalsInterval.Month => new DateOnly(start.Year, start.Month, 1).AddMonths(1).AddDays(-1),
                TotalsInterval.Quarter => new DateOnly(start.Year, (start.Month - 1) / 3 * 3 + 1, 1).AddMonths(3).AddDays(-1),
                _ => new DateOnly(start.Year, 12, 31),
            };
            if (end > to) end = to;
            periods.Add((start, end));
            if (periods.Count > MaxPeriods) throw new ArgumentException($"more than {MaxPeriods} periods from {from:yyyy-MM-dd} to {to:yyyy-MM-dd}", nameof(interval));
            if (end == DateOnly.MaxValue) break;
            start = end.AddDays(1);
        }
        return periods;
    }

    /// <summary>The totals of each period from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static IReadOnlyList<PeriodTotal> Of(AccessPolicy policy, long areaId, DateOnly from, DateOnly to, TotalsInterval interval)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var s = policy.Snapshot;
        var periods = Periods(from, to, interval);
        var rows = periods.Select(_ => new Row()).ToArray();
        int Slot(DateOnly day)
        {
            if (day < from || day > to) return -1;
            var (lo, hi) = (0, periods.Count - 1);
            while (lo < hi)
            {
                var mid = (lo + hi + 1) / 2;
                if (periods[mid].From <= day) lo = mid;
                else hi = mid - 1;
            }
            return lo;
        }
        bool InArea(Area? area) => s.IsWithin(area?.Id, areaId);

        // A need met counts once: on the first day a referral of it was completed with help given; one marked met with no
        // such referral, on the day it was last changed.
        var metOn = new Dictionary<long, DateOnly>();
        var candidates = AreaRecords.Of(s, areaId);
        foreach (var r in candidates.Referrals)
        {
            if (!InArea(NodeFacets.NeedArea(s, r.NeedId)) || !policy.MaySee(r)) continue;
            if (r.LastAt(ReferralStatus.Sent) is { } sent && Slot(AnalyticsPeriod.DayOf(sent)) is var i and >= 0)
            {
                rows[i].Sent++;
                rows[i].Status[r.Status] = rows[i].Status.GetValueOrDefault(r.Status) + 1;
            }
            if (r.Outcome == ReferralOutcome.GotHelp && r.LastAt(ReferralStatus.Completed) is { } done)
            {
                var day = AnalyticsPeriod.DayOf(done);
                if (!metOn.TryGetValue(r.NeedId, out var earlier) || day < earlier) metOn[r.NeedId] = day;
            }
        }
        foreach (var n in candidates.Needs)
        {
            if (!InArea(NodeFacets.NeedArea(s, n.Id)) || !policy.MaySee(n)) continue;
            if (Slot(AnalyticsPeriod.DayOf(n.CreatedAt)) is var i and >= 0) rows[i].Posted++;
            if (n.Status == NeedStatus.Met) metOn.TryAdd(n.Id, AnalyticsPeriod.DayOf(n.UpdatedAt));
        }
        foreach (var day in metOn.Values)
        {
            if (Slot(day) is var i and >= 0) rows[i].Met++;
        }
        foreach (var record in candidates.ServiceRecords)
        {
            if (Slot(record.Date) is not (var i and >= 0) || !InArea(SubjectArea(s, record.ForId)) || !policy.MaySee(record)) continue;
            rows[i].Records++;
            rows[i].Hours += record.Hours;
        }
        foreach (var entry in candidates.Entries)
        {
            if (entry.EntryKind != TimeBankEntryKind.Earn || entry.ToId is not { } account) continue;
            if (Slot(entry.Date) is not (var i and >= 0) || !InArea(NodeFacets.HomeArea(s, account)) || !policy.MaySee(entry)) continue;
            rows[i].Credits += entry.Credits;
        }
        return [.. periods.Select((p, i) => new PeriodTotal(p.From, p.To, rows[i].Posted, rows[i].Met, rows[i].Sent, rows[i].Status,
            rows[i].Records, rows[i].Hours, rows[i].Credits))];
    }

    /// <summary>Where the subject of a service record is: an area itself, a need's place, else the subject's home area.</summary>
    public static Area? SubjectArea(NetworkSnapshot snapshot, long subjectId)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Node(subjectId) switch
        {
            Area a => a,
            Need => NodeFacets.NeedArea(snapshot, subjectId),
            _ => NodeFacets.HomeArea(snapshot, subjectId),
        };
    }

    private sealed class Row
    {
        public int Posted;
        public int Sent;
        public int Met;
        public int Records;
        public decimal Hours;
        public decimal Credits;
        public Dictionary<ReferralStatus, int> Status { get; } = [];
    }
}
