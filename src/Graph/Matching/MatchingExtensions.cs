using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Matching;

/// <summary>Entry points of matching over a snapshot.</summary>
public static class MatchingExtensions
{
    /// <summary>Who can help with a stored need.</summary>
    public static IReadOnlyList<HelperMatch> WhoCanHelp(this NetworkSnapshot snapshot, long needId, MatchOptions? options = null, Func<Node, bool>? only = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var need = snapshot.Node<Need>(needId) ?? throw new ArgumentException($"node {needId} is not a need", nameof(needId));
        return snapshot.WhoCanHelp(NeedSpec.Of(snapshot, need), options, only);
    }

    /// <summary>Who can help with a need described on the spot.</summary>
    public static IReadOnlyList<HelperMatch> WhoCanHelp(this NetworkSnapshot snapshot, NeedSpec need, MatchOptions? options = null, Func<Node, bool>? only = null)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var matches = HelpFinder.Find(snapshot, need, options ?? new MatchOptions(), only);
        GraphTelemetry.RecordMatching("whoCanHelp", started);
        return matches;
    }

    /// <summary>Which open needs a helper could serve.</summary>
    public static IReadOnlyList<NeedMatch> WhomCanIHelp(this NetworkSnapshot snapshot, long helperId, MatchOptions? options = null)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var matches = NeedFinder.Find(snapshot, helperId, options ?? new MatchOptions());
        GraphTelemetry.RecordMatching("whomCanIHelp", started);
        return matches;
    }
}
