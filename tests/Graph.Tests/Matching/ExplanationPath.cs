using ResourceHub.Graph.Index;
using ResourceHub.Graph.Matching;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Tests.Matching;

/// <summary>Checks an explanation path against the snapshot: every step a real link of the stated type and direction.</summary>
internal static class ExplanationPath
{
    /// <summary>
    /// What is wrong with the path of <paramref name="match"/>, or null when nothing is: it starts at
    /// <paramref name="first"/> with no link, ends at the helper, visits no node twice, and each step is a link of
    /// its type from the previous node (Out) or to it (In); only the last step of a helper reached by distance
    /// may have no link.
    /// </summary>
    public static string? Problem(NetworkSnapshot snapshot, HelperMatch match, long first)
    {
        var path = match.Path;
        if (path.Count == 0) return "the path is empty";
        if (path[0].NodeId != first) return $"starts at {path[0].NodeId}, not {first}";
        if (path[0].Via is not null || path[0].Direction is not null) return "the first step has a link";
        if (path[^1].NodeId != match.Helper.Id) return $"ends at {path[^1].NodeId}, not the helper {match.Helper.Id}";
        if (path.Select(p => p.NodeId).Distinct().Count() != path.Count) return "visits a node twice";
        for (var i = 1; i < path.Count; i++)
        {
            var (from, step) = (path[i - 1].NodeId, path[i]);
            if (step.Via is not { } via)
            {
                if (match.Reach != ReachKind.Distance || i != path.Count - 1 || step.Direction is not null)
                    return $"step {i} to {step.NodeId} has no link";
                continue;
            }
            var link = step.Direction switch
            {
                Direction.Out => snapshot.FindLink(via, from, step.NodeId),
                Direction.In => snapshot.FindLink(via, step.NodeId, from),
                _ => null,
            };
            if (link is null) return $"step {i}: no {via} link {(step.Direction == Direction.In ? $"{step.NodeId} → {from}" : $"{from} → {step.NodeId}")}";
        }
        return null;
    }
}
