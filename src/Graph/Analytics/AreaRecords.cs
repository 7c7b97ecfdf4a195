using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Analytics;

/// <summary>
/// The needs, referrals, service records and time-bank entries that may belong to an area, found from the area (what is
/// located in it or below, what it and they have as needs, and what refers to those) instead of by reading every node of
/// the network: what an area's totals cost is what the area holds. Callers still hold each to their own test of where it
/// belongs; these are its candidates, each once.
/// </summary>
public sealed class AreaRecords
{
    private AreaRecords(IReadOnlyList<Need> needs, IReadOnlyList<Referral> referrals, IReadOnlyList<ServiceRecord> records, IReadOnlyList<TimeBankEntry> entries)
    {
        Needs = needs;
        Referrals = referrals;
        ServiceRecords = records;
        Entries = entries;
    }

    /// <summary>Needs located in the area or below, or had by what is.</summary>
    public IReadOnlyList<Need> Needs { get; }

    /// <summary>Referrals of those needs.</summary>
    public IReadOnlyList<Referral> Referrals { get; }

    /// <summary>Service records for the area's areas, needs and what is located in them.</summary>
    public IReadOnlyList<ServiceRecord> ServiceRecords { get; }

    /// <summary>Time-bank entries of the accounts located in the area or below.</summary>
    public IReadOnlyList<TimeBankEntry> Entries { get; }

    /// <summary>The candidates of an area.</summary>
    public static AreaRecords Of(NetworkSnapshot s, long areaId)
    {
        ArgumentNullException.ThrowIfNull(s);
        var areas = s.Subtree(areaId);
        var located = new List<long>();
        foreach (var area in areas)
        {
            foreach (var e in s.Edges(area, Direction.In, LinkType.LocatedIn)) located.Add(e.OtherId);
        }
        var needs = new HashSet<long>();
        foreach (var id in located)
        {
            if (s.KindOf(id) == NodeKind.Need) needs.Add(id);
        }
        foreach (var owner in areas.Concat(located))
        {
            foreach (var e in s.Edges(owner, Direction.Out, LinkType.HasNeed)) needs.Add(e.OtherId);
        }
        var referrals = new HashSet<long>();
        var records = new HashSet<long>();
        var entries = new HashSet<long>();
        foreach (var need in needs)
        {
            foreach (var id in s.ReferencedBy(need))
            {
                var kind = s.KindOf(id);
                if (kind == NodeKind.Referral) referrals.Add(id);
                else if (kind == NodeKind.ServiceRecord) records.Add(id);
            }
        }
        foreach (var subject in areas.Concat(located))
        {
            foreach (var id in s.ReferencedBy(subject))
            {
                var kind = s.KindOf(id);
                if (kind == NodeKind.ServiceRecord) records.Add(id);
                else if (kind == NodeKind.TimeBankEntry) entries.Add(id);
            }
        }
        return new AreaRecords(Read<Need>(s, needs), Read<Referral>(s, referrals), Read<ServiceRecord>(s, records), Read<TimeBankEntry>(s, entries));
    }

    private static List<T> Read<T>(NetworkSnapshot s, HashSet<long> ids) where T : Node
    {
        var nodes = new List<T>(ids.Count);
        foreach (var id in ids.Order())
        {
            if (s.Node(id) is T node) nodes.Add(node);
        }
        return nodes;
    }
}
