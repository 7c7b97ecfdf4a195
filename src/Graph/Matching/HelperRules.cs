using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;
using ResourceHub.Graph.Taxonomy;
using Fit = ResourceHub.Graph.Taxonomy.CategoryFit;

namespace ResourceHub.Graph.Matching;

/// <summary>
/// The rules a helper must meet for a need, and the parts of its score, one method each. The engine and the
/// reference search in the tests both use them; they differ only in how they find candidates and reach.
/// </summary>
public static class HelperRules
{

    /// <summary>True for the kinds that can help: volunteers, social workers, organizations, resources.</summary>
    public static bool IsHelper(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return IsHelper(node.Kind);
    }

    /// <summary><see cref="IsHelper(Node)"/> by kind, for searches that read the kind without the node.</summary>
    public static bool IsHelper(NodeKind kind) => kind is NodeKind.Volunteer or NodeKind.SocialWorker or NodeKind.Organization or NodeKind.Resource;

    /// <summary>Mean over the asked categories of the best fit among the offered services: 1 for equal or more specific, 0.5 for more general, 0 for none.</summary>
    public static double CategoryFit(Node helper, NeedSpec need)
    {
        ArgumentNullException.ThrowIfNull(need);
        var offers = NodeFacets.Services(helper);
        if (offers.Count == 0 || need.Categories.Count == 0) return 0;
        double sum = 0;
        foreach (var ask in need.Categories)
        {
            double best = 0;
            foreach (var offer in offers)
            {
                var fit = ServiceTaxonomy.Fit(offer, ask) switch
                {
                    Fit.Exact or Fit.Specific => 1.0,
                    Fit.General => 0.5,
                    _ => 0,
                };
                if (fit > best) best = fit;
            }
            sum += best;
        }
        return Math.Round(sum / need.Categories.Count, 6);
    }

    /// <summary>A helper that lists situations serves only those: it qualifies when the need shares one of them; one that lists none serves everyone.</summary>
    public static bool FitsSituation(Node helper, NeedSpec need)
    {
        ArgumentNullException.ThrowIfNull(need);
        var serves = NodeFacets.Situations(helper);
        return serves.Count == 0 || need.Situations.Any(serves.Contains);
    }

    /// <summary>Resources help at a venue or online, never at home; a venue helps only at a venue.</summary>
    public static bool FitsMode(Node helper, NeedSpec need)
    {
        ArgumentNullException.ThrowIfNull(need);
        return helper is not Resource r || (need.Mode != NeedMode.Home && (r.ResourceKind != ResourceKind.Venue || need.Mode == NeedMode.Venue));
    }

    /// <summary>The helper's weekly hours: availability, or a venue's opening hours; empty when it states none.</summary>
    public static WeeklySchedule Schedule(Node helper) => helper switch
    {
        Volunteer v => v.Availability,
        SocialWorker s => s.Availability,
        Organization o => o.Availability,
        Resource r => r.OpeningHours,
        _ => WeeklySchedule.None,
    };

    /// <summary>
    /// Share of the wanted hours the helper is available (1 when any hour is wanted and the helper has hours on a day the
    /// need's dates hold, 0.5 when the helper states none); null when the hours do not overlap.
    /// </summary>
    public static double? Availability(Node helper, NeedSpec need) => Availability(Schedule(helper), need);

    /// <summary><see cref="Availability(Node, NeedSpec)"/> from the helper's <see cref="Schedule"/>.</summary>
    public static double? Availability(WeeklySchedule hours, NeedSpec need)
    {
        ArgumentNullException.ThrowIfNull(need);
        if (hours.IsEmpty) return 0.5;
        if (need.Weekly.IsEmpty) return need.Days.IsEmpty || hours.Overlaps(need.Days) ? 1 : null;
        var overlap = hours.Intersect(need.Weekly).Hours;
        return overlap == 0 ? null : Math.Round(Math.Min(1.0, (double)overlap / need.Weekly.Hours), 6);
    }

    /// <summary>
    /// How far the helper goes for in-person help: its own limit (a volunteer's, or an organization's or team's when it
    /// states one) capped by <see cref="MatchOptions.MaxKm"/> or the default; else that.
    /// </summary>
    public static double TravelKm(Node helper, MatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limit = options.MaxKm ?? MatchOptions.DefaultKm;
        return helper switch
        {
            Volunteer v => Math.Min(v.MaxTravelKm, limit),
            Organization { MaxTravelKm: { } km } => Math.Min(km, limit),
            _ => limit,
        };
    }

    /// <summary>The referrals the helper has taken on and not finished (accepted, in progress, on hold): what counts against its capacity.</summary>
    public static int OpenReferrals(NetworkSnapshot snapshot, long helperId) => History.Of(snapshot, helperId, null).Open;

    /// <summary>The helper's stated capacity: needs at once for people and organizations, people for a venue; null when unlimited.</summary>
    public static int? Capacity(Node helper) => helper switch
    {
        Volunteer v => v.Capacity,
        SocialWorker s => s.Capacity,
        Organization o => o.Capacity,
        _ => null,
    };

    private static double? LoadWith(Node helper, NeedSpec need, int open) =>
        helper is Resource { Capacity: { } seats } && need.Participants is { } people && seats < people ? null : RoomLeft(helper, open);

    // The load part from the referrals under way alone: null when they fill the capacity.
    private static double? RoomLeft(Node helper, int open)
    {
        if (Capacity(helper) is { } capacity)
            return open >= capacity ? null : Math.Round(1 - (double)open / capacity, 6);
        return Math.Round(1.0 / (1 + open), 6);
    }

    /// <summary>
    /// What a helper's records say whatever the need: its track record and its load (null when full, when it can help
    /// no one). A need can only lower the load to nothing (a venue too small) or exclude the helper (a decline), so
    /// with these a helper's bound is the total it gets when it qualifies.
    /// </summary>
    internal static (double TrackRecord, double? Load) Standing(NetworkSnapshot snapshot, Node helper)
    {
        var history = History.Of(snapshot, helper.Id, null);
        return (history.TrackRecord, RoomLeft(helper, history.Open));
    }

    /// <summary>True when the helper declined this need before.</summary>
    public static bool Declined(NetworkSnapshot snapshot, long helperId, long? needId) => History.Of(snapshot, helperId, needId).Declined;

    /// <summary>Referrals that ended in help, the elder's side's ratings and the ratings of service records, smoothed towards 0.5.</summary>
    public static double TrackRecord(NetworkSnapshot snapshot, long helperId) => History.Of(snapshot, helperId, null).TrackRecord;

    /// <summary>True when the helper serves one of the areas (its SERVES links) or is located in the first (the need's own area).</summary>
    public static bool ServesArea(NetworkSnapshot snapshot, long helperId, IReadOnlyList<long> areaChain)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(areaChain);
        if (areaChain.Count == 0) return false;
        foreach (var e in snapshot.Edges(helperId, Direction.Out, LinkType.Serves))
        {
            foreach (var area in areaChain)
            {
                if (e.OtherId == area) return true;
            }
        }
        foreach (var e in snapshot.Edges(helperId, Direction.Out, LinkType.LocatedIn))
        {
            if (e.OtherId == areaChain[0]) return true;
        }
        return false;
    }

    /// <summary>
    /// The helper's score, or null when a rule other than reach disqualifies it: no matching service, another
    /// situation, a mode it cannot serve, no overlapping hours, no room, or it declined this need.
    /// </summary>
    public static MatchScore? Score(NetworkSnapshot snapshot, Node helper, NeedSpec need, double proximity, double distance) =>
        CheapFit(helper, need) is { } fit ? ScoreWithFit(snapshot, helper, need, fit, proximity, distance) : null;

    /// <summary>
    /// The rules that read only the helper and the need (kind, mode, situation, category): the category fit when they
    /// hold, null when one fails. Searches check these before reach, then finish with <see cref="ScoreWithFit"/>.
    /// </summary>
    public static double? CheapFit(Node helper, NeedSpec need) =>
        FitsKindModeAndSituation(helper, need) && CategoryFit(helper, need) is var fit and > 0 ? fit : null;

    /// <summary><see cref="CheapFit(Node, NeedSpec)"/> when the category fit is already known (the engine reads it from bit sets).</summary>
    public static double? CheapFit(Node helper, NeedSpec need, double fit) =>
        fit > 0 && FitsKindModeAndSituation(helper, need) ? fit : null;

    private static bool FitsKindModeAndSituation(Node helper, NeedSpec need)
    {
        ArgumentNullException.ThrowIfNull(need);
        return IsHelper(helper) && FitsMode(helper, need) && FitsSituation(helper, need);
    }

    /// <summary>The rest of <see cref="Score"/> for a helper that passed <see cref="CheapFit(Node, NeedSpec)"/> with <paramref name="fit"/>.</summary>
    public static MatchScore? ScoreWithFit(NetworkSnapshot snapshot, Node helper, NeedSpec need, double fit, double proximity, double distance)
    {
        ArgumentNullException.ThrowIfNull(helper);
        ArgumentNullException.ThrowIfNull(need);
        return Availability(helper, need) is { } availability ? ScoreWithAvailability(snapshot, helper, need, fit, proximity, distance, availability) : null;
    }

    /// <summary>The rest of <see cref="ScoreWithFit"/> once <see cref="Availability(Node, NeedSpec)"/> gave <paramref name="availability"/>: room, declines and track record.</summary>
    public static MatchScore? ScoreWithAvailability(NetworkSnapshot snapshot, Node helper, NeedSpec need, double fit, double proximity, double distance, double availability)
    {
        ArgumentNullException.ThrowIfNull(helper);
        ArgumentNullException.ThrowIfNull(need);
        // One pass over the records naming the helper gives its open referrals, a decline of this need and its track record.
        var history = History.Of(snapshot, helper.Id, need.NeedId);
        if (LoadWith(helper, need, history.Open) is not { } load) return null;
        if (history.Declined) return null;
        return MatchScore.Of(fit, proximity, distance, availability, history.TrackRecord, load);
    }

    /// <summary>
    /// What the records naming a helper say, read in one pass: its referrals under way (accepted, in progress, on hold:
    /// a referral only sent is not yet taken on), whether it declined the need <c>needId</c>, and its track record,
    /// smoothed towards 0.5 (one good and one bad outcome assumed): a referral completed with help counts good, one
    /// completed unable to help or failed counts bad (one no longer needed is no one's doing and does not count), and
    /// each rating — the elder's side's of a referral, a service record's — counts as its share of good (1 is 0, 5 is 1).
    /// The rules <see cref="OpenReferrals"/>, <see cref="Declined"/> and <see cref="TrackRecord"/> are its parts.
    /// </summary>
    internal readonly record struct History(int Open, bool Declined, double TrackRecord)
    {
        public static History Of(NetworkSnapshot snapshot, long helperId, long? needId)
        {
            ArgumentNullException.ThrowIfNull(snapshot);
            int open = 0;
            var declined = false;
            double good = 1, total = 2;
            foreach (var id in snapshot.References(helperId))
            {
                switch (snapshot.Node(id))
                {
                    case Referral r when r.HelperId == helperId:
                        if (Referrals.ReferralMachine.IsActive(r.Status)) open++;
                        else if (r.Status == ReferralStatus.Declined && r.NeedId == needId && needId is not null) declined = true;
                        else if (r.Status == ReferralStatus.Completed && r.Outcome != ReferralOutcome.NoLongerNeeded)
                        {
                            total++;
                            if (r.Outcome == ReferralOutcome.GotHelp) good++;
                        }
                        else if (r.Status == ReferralStatus.Failed) total++;
                        if (r.Rating is { } stars)
                        {
                            total++;
                            good += (stars - 1) / 4.0;
                        }
                        break;
                    case ServiceRecord { Rating: { } rating } s when s.ServedById == helperId:
                        total++;
                        good += (rating - 1) / 4.0;
                        break;
                }
            }
            return new History(open, declined, Math.Round(good / total, 6));
        }
    }

    /// <summary>
    /// The highest total a helper with these parts can reach whatever its referrals and records: track record and load
    /// at 1; or, when no record names the helper, exactly what <see cref="History"/> gives it (track record 0.5, load
    /// 1). Every weight is positive and rounding keeps order, so no total exceeds its bound.
    /// </summary>
    public static double Bound(NetworkSnapshot snapshot, long helperId, double fit, double proximity, double distance, double availability)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.References(helperId).IsEmpty
            ? MatchScore.TotalOf(fit, proximity, distance, availability, Math.Round(1 / 2.0, 6), 1)
            : MatchScore.TotalOf(fit, proximity, distance, availability, 1, 1);
    }

    /// <summary>Distance part of the score: 1 at the need, 0 at the travel limit.</summary>
    public static double DistanceScore(double? km, double travelKm) =>
        km is { } d && travelKm > 0 ? Math.Round(Math.Max(0, 1 - d / travelKm), 6) : 0;

    /// <summary>Proximity part of the score.</summary>
    public static double ProximityScore(bool servesArea, int? hops) =>
        servesArea ? 1 : hops is { } h and > 0 ? Math.Round(1.0 / h, 6) : 0;

    /// <summary>The order of results: higher total first, then lower id.</summary>
    public static int Compare(HelperMatch a, HelperMatch b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var c = b.Score.Total.CompareTo(a.Score.Total);
        return c != 0 ? c : a.Helper.Id.CompareTo(b.Helper.Id);
    }
}
