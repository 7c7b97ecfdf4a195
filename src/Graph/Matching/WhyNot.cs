using System.Globalization;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;

namespace ResourceHub.Graph.Matching;

/// <summary>A rule a helper must meet for a need, as <see cref="WhyNot"/> reports it.</summary>
public enum MatchRule
{
    /// <summary>It offers a service the need asks for (服务类别).</summary>
    Service = 1,
    /// <summary>It serves whom the need is for: it lists no situations, or one of the need's (服务对象).</summary>
    Situation = 2,
    /// <summary>It can help the way the need is to be met: a resource never at home, a venue only at a venue (服务方式).</summary>
    Mode = 3,
    /// <summary>It reaches the need: serves its area, is linked to it within the hop limit, or is within its travel distance (可达).</summary>
    Reach = 4,
    /// <summary>Its hours meet the need's, on the days the need's dates hold (时间).</summary>
    Hours = 5,
    /// <summary>Its referrals under way leave room (and a venue holds the people) (容量).</summary>
    Capacity = 6,
    /// <summary>It has not declined this need before (未曾拒绝).</summary>
    Declined = 7,
}

/// <summary>One rule's verdict for a helper: met or not, and what was found.</summary>
public sealed record RuleVerdict(MatchRule Rule, bool Met, string Detail);

/// <summary>
/// Why a helper is or is not among those who can help with a need: each rule's verdict, and the match (score and
/// path) when every rule is met. Asked before referring, of someone the social worker knows; read under the access
/// policy as whoCanHelp is, so it tells nothing the caller's whoCanHelp would not.
/// </summary>
public sealed record WhyNot(Node Helper, IReadOnlyList<RuleVerdict> Rules, HelperMatch? Match)
{
    /// <summary>True when every rule is met: whoCanHelp lists the helper (where it ranks within its first).</summary>
    public bool Qualifies => Match is not null;

    /// <summary>The verdicts for a helper and a need as the caller may ask (the need as <see cref="AccessPolicy.SpecOf"/> gives it).</summary>
    public static WhyNot Of(AccessPolicy policy, NeedSpec need, Node helper, MatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(helper);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var s = policy.Snapshot;
        var rules = new List<RuleVerdict>();
        var fit = HelperRules.CategoryFit(helper, need);
        var offers = NodeFacets.Services(helper);
        rules.Add(new(MatchRule.Service, fit > 0, fit > 0
            ? $"offers {string.Join(", ", offers)} for {string.Join(", ", need.Categories)} (fit {Num(fit)})"
            : offers.Count == 0 ? "offers no service" : $"offers {string.Join(", ", offers)}, none of {string.Join(", ", need.Categories)}"));
        var serves = NodeFacets.Situations(helper);
        rules.Add(new(MatchRule.Situation, HelperRules.FitsSituation(helper, need), serves.Count == 0
            ? "serves everyone"
            : $"serves only {string.Join(", ", serves)}; the need is for {(need.Situations.Count == 0 ? "no situation it shows" : string.Join(", ", need.Situations))}"));
        rules.Add(new(MatchRule.Mode, HelperRules.FitsMode(helper, need), HelperRules.FitsMode(helper, need)
            ? $"can help {Way(need.Mode)}"
            : $"a {(helper as Resource)?.ResourceKind.ToString().ToLowerInvariant() ?? "resource"} cannot help {Way(need.Mode)}"));
        var (reach, hops, km) = HelpFinder.ReachOf(policy, need, options, helper);
        var travel = HelperRules.TravelKm(helper, options);
        rules.Add(new(MatchRule.Reach, reach is not null, reach switch
        {
            ReachKind.ServesArea => "serves the need's area or one above it",
            ReachKind.Network => $"linked to the need within {hops} link(s)",
            ReachKind.Distance => $"{Num(km!.Value)} km away, within its {Num(travel)} km",
            _ when hops == 0 => "it is the need's own organization",
            _ => $"{(hops is { } h ? $"linked within {h} link(s), but a need at home wants a helper serving the area or within travel distance; " : $"not linked within {options.MaxHops} link(s); ")}" +
                 (km is { } d ? $"{Num(d)} km away, beyond its {Num(travel)} km" : "no place to measure a distance"),
        }));
        var availability = HelperRules.Availability(helper, need);
        var hours = HelperRules.Schedule(helper);
        rules.Add(new(MatchRule.Hours, availability is not null, availability switch
        {
            null => $"free {hours}; the need wants {(need.Weekly.IsEmpty ? "the days " + need.Days : need.Weekly.ToString())}",
            _ when hours.IsEmpty => "states no hours",
            _ => $"free {hours} ({Num(availability.Value * 100)}% of the hours wanted)",
        }));
        var history = HelperRules.History.Of(s, helper.Id, need.NeedId);
        var capacity = HelperRules.Capacity(helper);
        var seats = helper is Resource { Capacity: { } c } ? c : (int?)null;
        var tooSmall = seats < need.Participants;
        var full = capacity is { } cap && history.Open >= cap;
        rules.Add(new(MatchRule.Capacity, !full && !tooSmall, tooSmall
            ? $"holds {seats} people; {need.Participants} take part"
            : capacity is { } most ? $"{history.Open} of {most} referral(s) under way" : $"{history.Open} referral(s) under way, no limit stated"));
        rules.Add(new(MatchRule.Declined, !history.Declined, history.Declined ? "declined this need before" : "has not declined this need"));
        var match = rules.TrueForAll(r => r.Met)
            ? HelpFinder.Find(policy, need, options with { First = 1 }, n => n.Id == helper.Id).SingleOrDefault()
            : null;
        return new WhyNot(helper, rules, match);
    }

    private static string Way(NeedMode mode) => mode switch
    {
        NeedMode.Home => "at home",
        NeedMode.Venue => "at a venue",
        _ => "online",
    };

    private static string Num(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);
}
