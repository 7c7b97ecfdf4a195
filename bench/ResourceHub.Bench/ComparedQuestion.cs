using ResourceHub.Graph.Index;
using ResourceHub.Graph.Matching;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;
using ResourceHub.Graph.Taxonomy;

namespace ResourceHub.Bench;

/// <summary>
/// The question that the bare search and both SQL baselines answer, identically, for the agreement check:
/// <list type="number">
/// <item>start (hop 0) from the need, the area it is LOCATED_IN and the organizations that HAVE_NEED it — the engine's starting set;</item>
/// <item>walk links in both directions up to 3 hops, passing through every node except elders, needs, referrals,
/// service records and consents (they are reached but not passed, as in the engine), and areas other than the need's
/// own and those above it (an area reached from an actor does not lead on, as in the engine);</item>
/// <item>keep the volunteers, social workers, organizations and resources reached at 1 to 3 hops that offer the
/// asked category or one below it (services, or skills for people: equal code, or the code followed by '.');</item>
/// <item>rank by hops, then id; the first 10.</item>
/// </list>
/// No scoring, no availability, capacity, situation, mode or distance rules: those are the engine's, on top.
/// </summary>
internal static class ComparedQuestion
{
    public const int MaxHops = 3;
    public const int Top = 10;

    /// <summary>Nodes a walk passes through: the engine's <see cref="HelpFinder.ExpandsFrom"/>.</summary>
    public static bool Expands(Node node, IReadOnlyList<long> areaChain) => HelpFinder.ExpandsFrom(node, areaChain);

    /// <summary>The need's area and those above it: the engine's <see cref="HelpFinder.AreaChain"/>.</summary>
    public static IReadOnlyList<long> AreaChain(NetworkSnapshot s, long needId) =>
        HelpFinder.AreaChain(s, NeedSpec.Of(s, s.Node<Need>(needId) ?? throw new ArgumentException($"{needId} is not a need", nameof(needId))));

    /// <summary>The need's starting set at hop 0.</summary>
    public static List<long> Sources(NetworkSnapshot s, long needId)
    {
        var sources = new List<long> { needId };
        foreach (var e in s.Edges(needId, Direction.Out, LinkType.LocatedIn)) sources.Add(e.OtherId);
        foreach (var e in s.Edges(needId, Direction.In, LinkType.HasNeed))
        {
            if (s.Node(e.OtherId) is Organization) sources.Add(e.OtherId);
        }
        return sources;
    }

    /// <summary>True for a helper offering <paramref name="ask"/> or a code below it.</summary>
    public static bool Offers(Node node, string ask)
    {
        if (node is not (Volunteer or SocialWorker or Organization or Resource)) return false;
        foreach (var offer in NodeFacets.Services(node))
        {
            if (ServiceTaxonomy.IsWithin(offer, ask)) return true;
        }
        return false;
    }
}
