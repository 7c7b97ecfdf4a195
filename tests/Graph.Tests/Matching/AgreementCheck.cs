using System.Globalization;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Matching;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Taxonomy;

// Random only draws reproducible test needs from a seed, never anything secret.
#pragma warning disable CA5394

namespace ResourceHub.Graph.Tests.Matching;

/// <summary>
/// Holds the matching engine to the <see cref="ReferenceMatcher"/> on one network and counts what it saw: for each
/// need and option set the engine's answer must be the reference's top N exactly (ids, order, scores, reach, hops,
/// distance), every helper returned must pass every rule checked here on its own, and its explanation path must
/// follow real links. Whom-can-I-help is held to who-can-help. Kept free of xUnit so it can run on large networks by hand.
/// </summary>
internal sealed class AgreementCheck
{
    private static readonly ReferralStatus[] Open = [ReferralStatus.Sent, ReferralStatus.Accepted, ReferralStatus.InProgress, ReferralStatus.OnHold];
    private static readonly WeeklySchedule[] Windows =
    [
        WeeklySchedule.Parse("Mon-Fri 09-12"), WeeklySchedule.Parse("Sat-Sun 09-17"), WeeklySchedule.Parse("Mon-Fri 19-21"),
        WeeklySchedule.Parse("Wed 14-16"), WeeklySchedule.Parse("Sun 06-08"),
    ];

    private readonly NetworkSnapshot _s;
    private readonly ReferenceMatcher _reference;
    private readonly Dictionary<long, int> _openReferrals = [];
    private readonly HashSet<(long Helper, long Need)> _declined = [];

    public AgreementCheck(NetworkSnapshot snapshot)
    {
        _s = snapshot;
        _reference = new ReferenceMatcher(snapshot);
        foreach (var r in snapshot.Nodes<Referral>())
        {
            if (Open.Contains(r.Status)) _openReferrals[r.HelperId] = _openReferrals.GetValueOrDefault(r.HelperId) + 1;
            if (r.Status == ReferralStatus.Declined) _declined.Add((r.HelperId, r.NeedId));
        }
    }

    /// <summary>The option sets every need is matched under.</summary>
    public static IReadOnlyList<MatchOptions> OptionSets { get; } =
    [
        new() { MaxHops = 1, MaxKm = 3, First = 5 },
        new() { MaxHops = 2, MaxKm = 10, First = 20 },
        new() { MaxHops = 3, First = 20 },
        new() { MaxHops = 4, MaxKm = 25, First = 5 },
    ];

    /// <summary>Needs matched.</summary>
    public int Needs { get; private set; }

    /// <summary>Needs times option sets.</summary>
    public int Runs { get; private set; }

    /// <summary>Helpers returned by the engine, over all runs.</summary>
    public int Results { get; private set; }

    /// <summary>Runs where the engine's answer differs from the reference's.</summary>
    public int DisagreeingRuns { get; private set; }

    /// <summary>Everything found wrong, one line each.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>
    /// <paramref name="stored"/> open needs spread over the id range, then <paramref name="adHoc"/> needs described on
    /// the spot: random categories (general ones too), situations, modes, hours, participants, areas at every level
    /// and points near communities, some with no area at all.
    /// </summary>
    public static List<NeedSpec> SampleNeeds(NetworkSnapshot snapshot, int seed, int stored, int adHoc)
    {
        var open = snapshot.Nodes<Need>().Where(n => n.Status == NeedStatus.Open).ToList();
        var specs = new List<NeedSpec>();
        for (var i = 0; i < Math.Min(stored, open.Count); i++) specs.Add(NeedSpec.Of(snapshot, open[(int)((long)i * open.Count / Math.Min(stored, open.Count))]));
        var rng = new Random(seed);
        var areas = snapshot.Nodes<Area>().ToList();
        var communities = areas.Where(a => a.Level == AreaLevel.Community).ToList();
        T Any<T>(IReadOnlyList<T> list) => list[rng.Next(list.Count)];
        for (var i = 0; i < adHoc; i++)
        {
            var near = Any(communities).Point!.Value;
            var point = new GeoPoint(Math.Round(near.Lat + 0.02 * (rng.NextDouble() - 0.5), 5), Math.Round(near.Lon + 0.02 * (rng.NextDouble() - 0.5), 5));
            var where = rng.Next(10);
            specs.Add(new NeedSpec
            {
                Categories = [.. Enumerable.Range(0, 1 + rng.Next(2)).Select(_ => Any(ServiceTaxonomy.Services).Code).Distinct()],
                Situations = [.. Enumerable.Range(0, rng.Next(3)).Select(_ => Any(ServiceTaxonomy.Situations).Code).Distinct()],
                Mode = (NeedMode)(1 + rng.Next(3)),
                Weekly = rng.Next(3) == 0 ? WeeklySchedule.None : Any(Windows),
                Participants = rng.Next(3) == 0 ? 10 + rng.Next(120) : null,
                AreaId = where switch { < 6 => Any(communities).Id, < 8 => Any(areas).Id, _ => null },
                Point = where is >= 4 and < 6 or >= 8 ? point : null,
            });
        }
        return specs;
    }

    /// <summary>Matches one need under every option set, engine against reference.</summary>
    public void Check(NeedSpec need, IReadOnlyList<MatchOptions> optionSets)
    {
        Needs++;
        var prepared = _reference.Prepare(need);
        foreach (var options in optionSets)
        {
            Runs++;
            var engine = HelpFinder.Find(_s, need, options);
            var reference = _reference.Find(prepared, options).Take(options.First).ToList();
            Results += engine.Count;
            var before = Problems.Count;
            var what = Describe(need, options);
            for (var i = 0; i < Math.Max(engine.Count, reference.Count); i++)
            {
                var e = i < engine.Count ? engine[i] : null;
                var r = i < reference.Count ? reference[i] : null;
                if (e is null || r is null || e.Helper.Id != r.Helper.Id || e.Score != r.Score || e.Reach != r.Reach || e.Hops != r.Hops || e.DistanceKm != r.DistanceKm)
                    Problems.Add($"{what}: #{i + 1} engine {Show(e)} but reference {Show(r)}");
            }
            var returned = engine.Select(m => m.Helper.Id).ToHashSet();
            foreach (var missed in reference.Where(r => !returned.Contains(r.Helper.Id)))
                Problems.Add($"{what}: missed {Show(missed)}");
            foreach (var m in engine)
            {
                if (RuleProblem(m, prepared, options) is { } rule) Problems.Add($"{what}: {Show(m)} breaks a rule: {rule}");
                if ((need.NeedId ?? need.AreaId) is { } first && ExplanationPath.Problem(_s, m, first) is { } path)
                    Problems.Add($"{what}: {Show(m)} has a bad path: {path}");
            }
            if (Problems.Count > before) DisagreeingRuns++;
        }
    }

    /// <summary>
    /// Whom-can-I-help for <paramref name="helpers"/> against who-can-help asked of every open need (narrowed to
    /// those helpers): the same needs, in the same order. Returns how many needs the helpers qualify for in all.
    /// </summary>
    public int CheckWhomCanIHelp(IReadOnlyCollection<long> helpers, MatchOptions options)
    {
        var expected = helpers.ToDictionary(h => h, _ => new List<(long Need, double Total)>());
        var wide = options with { First = 100 };
        foreach (var need in _s.Nodes<Need>().Where(n => n.Status == NeedStatus.Open))
        {
            var found = HelpFinder.Find(_s, NeedSpec.Of(_s, need), wide, h => expected.ContainsKey(h.Id));
            if (found.Count == wide.First) Problems.Add($"need {need.Id}: {wide.First} or more of the helpers qualify; check fewer helpers at once");
            foreach (var m in found) expected[m.Helper.Id].Add((need.Id, m.Score.Total));
        }
        foreach (var (helper, list) in expected)
        {
            var want = list.OrderByDescending(x => x.Total).ThenBy(x => x.Need).Take(options.First).Select(x => x.Need).ToList();
            var got = NeedFinder.Find(_s, helper, options).Select(m => m.Need.Id).ToList();
            if (!want.SequenceEqual(got))
            {
                Problems.Add($"whom-can-I-help {helper} ({_s.Node(helper)!.Kind}, hops {options.MaxHops}, km {options.MaxKm}): " +
                    (want.Order().SequenceEqual(got.Order()) ? $"the same needs in another order: [{string.Join(",", got)}], not [{string.Join(",", want)}]"
                        : $"missing [{string.Join(",", want.Except(got))}], extra [{string.Join(",", got.Except(want))}]"));
            }
        }
        return expected.Values.Sum(l => l.Count);
    }

    /// <summary>What breaks a rule, checked without <see cref="HelperRules"/>; null when nothing does.</summary>
    private string? RuleProblem(HelperMatch m, ReferenceMatcher.Prepared prepared, MatchOptions options)
    {
        var need = prepared.Need;
        var (offers, situations, hours, capacity) = m.Helper switch
        {
            Volunteer v => (v.Skills, v.Situations, v.Availability, v.Capacity),
            SocialWorker w => (w.Skills, w.Situations, w.Availability, w.Capacity),
            Organization o => (o.Services, o.Situations, o.Availability, o.Capacity),
            Resource r => (r.Services, (IReadOnlyList<string>)[], r.OpeningHours, null),
            _ => ((IReadOnlyList<string>)[], (IReadOnlyList<string>)[], WeeklySchedule.None, (int?)null),
        };
        if (!need.Categories.Any(ask => offers.Any(offer => ServiceTaxonomy.IsWithin(offer, ask) || ServiceTaxonomy.IsWithin(ask, offer))))
            return "offers no matching service";
        if (situations.Count > 0 && !situations.Intersect(need.Situations).Any()) return "serves other situations";
        if (m.Helper is Resource res && (need.Mode == NeedMode.Home || (res.ResourceKind == ResourceKind.Venue && need.Mode != NeedMode.Venue)))
            return $"a {res.ResourceKind} cannot help {need.Mode}";
        if (!hours.IsEmpty && !need.Weekly.IsEmpty && !hours.Overlaps(need.Weekly)) return "no hour in common";
        if (capacity is { } c && _openReferrals.GetValueOrDefault(m.Helper.Id) >= c) return "full";
        if (m.Helper is Resource { Capacity: { } seats } && need.Participants > seats) return "too small for the participants";
        if (need.NeedId is { } needId && _declined.Contains((m.Helper.Id, needId))) return "declined this need";
        var hops = prepared.Hops(m.Helper.Id);
        if (hops == 0) return "is the need's own organization";
        var limit = options.MaxKm ?? MatchOptions.DefaultKm;
        var travel = m.Helper is Volunteer vol ? Math.Min(vol.MaxTravelKm, limit) : limit;
        return m.Reach switch
        {
            ReachKind.ServesArea when !_reference.Serves(m.Helper.Id, prepared.Areas) => "does not serve the area",
            ReachKind.Network when need.Mode == NeedMode.Home => "reaches a home need by the network only",
            ReachKind.Network when hops is null || hops > options.MaxHops => $"is {hops?.ToString(CultureInfo.InvariantCulture) ?? "no number of"} hops off",
            ReachKind.Distance when !(prepared.Centre is { } c2 && _reference.Position(m.Helper) is { } p && Math.Round(p.DistanceKm(c2), 6) <= travel) =>
                "is beyond its travel distance",
            _ => null,
        };
    }

    private string Describe(NeedSpec need, MatchOptions o) =>
        string.Create(CultureInfo.InvariantCulture,
            $"need {(need.NeedId is { } id ? id.ToString(CultureInfo.InvariantCulture) : "ad hoc")} [{string.Join(" ", need.Categories)}] {need.Mode} area {need.AreaId} " +
            $"(hops {o.MaxHops}, km {o.MaxKm}, first {o.First})");

    private static string Show(HelperMatch? m) =>
        m is null ? "nothing" : string.Create(CultureInfo.InvariantCulture, $"{m.Helper.Id} {m.Score.Total} {m.Reach} hops {m.Hops} km {m.DistanceKm}");

    private static string Show(ReferenceMatcher.Candidate? c) =>
        c is null ? "nothing" : string.Create(CultureInfo.InvariantCulture, $"{c.Helper.Id} {c.Score.Total} {c.Reach} hops {c.Hops} km {c.DistanceKm}");
}
