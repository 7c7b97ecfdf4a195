using ResourceHub.Graph.Index;

namespace ResourceHub.Graph.Changes;

/// <summary>
/// Applies change sets to a snapshot without a database, exactly as the write path would (same validation,
/// ids handed out 1, 2, 3 … in creation order): for tests, benchmarks and dry runs.
/// </summary>
public static class InMemoryNetwork
{
    /// <summary>The snapshot after committing <paramref name="changes"/> to <paramref name="snapshot"/>; throws when the set is refused.</summary>
    public static NetworkSnapshot Apply(NetworkSnapshot snapshot, ChangeSet changes, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var (plan, errors) = ChangeSetValidator.Validate(snapshot, changes, DateTimeOffset.FromUnixTimeMilliseconds(now.ToUnixTimeMilliseconds()));
        if (plan is null)
            throw new ArgumentException($"the change set is refused ({errors.Count} errors): {string.Join("; ", errors.Take(10))}", nameof(changes));
        var nextNode = snapshot.Nodes().Select(n => n.Id).DefaultIfEmpty(0).Max() + 1;
        var nextLink = snapshot.Links().Select(l => l.Id).DefaultIfEmpty(0).Max() + 1;
        var ids = new Dictionary<long, long>();
        foreach (var n in plan.Creates) ids[n.Id] = nextNode++;
        foreach (var l in plan.LinkCreates) ids[l.Id] = nextLink++;
        return plan.IsEmpty ? snapshot : snapshot.Apply(plan.ToDelta(ids), snapshot.Sequence + 1);
    }

    /// <summary>A new network holding what <paramref name="changes"/> creates.</summary>
    public static NetworkSnapshot Build(ChangeSet changes, DateTimeOffset now) => Apply(NetworkSnapshot.Empty, changes, now);
}
