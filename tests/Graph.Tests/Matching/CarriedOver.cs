using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Index;

namespace ResourceHub.Graph.Tests.Matching;

/// <summary>
/// What an index derived per snapshot and carried over to the next must hold to: after each step it was made from the one
/// before, not built whole; it equals the one built whole; and it differs from the one before.
/// </summary>
internal static class CarriedOver
{
    /// <summary>
    /// Applies each step in turn from <paramref name="start"/>, whose derived index <paramref name="of"/> must have been built whole,
    /// and holds each next one's against <paramref name="builtWhole"/>.
    /// </summary>
    public static void AssertEachStep(NetworkSnapshot start, IEnumerable<(string What, Func<NetworkSnapshot, ChangeSet> Change)> steps, DateTimeOffset now,
        Func<NetworkSnapshot, (bool Updated, string Dump)> of, Func<NetworkSnapshot, string> builtWhole)
    {
        var before = start;
        var (updatedAtStart, dump) = of(before);
        Assert.False(updatedAtStart);
        foreach (var (what, change) in steps)
        {
            var next = InMemoryNetwork.Apply(before, change(before), now);
            var (updated, carried) = of(next);
            Assert.True(updated, $"{what}: built whole, not carried over");
            Assert.Equal(builtWhole(next), carried);
            Assert.NotEqual(dump, carried); // each step changes something the index holds
            (before, dump) = (next, carried);
        }
    }

    /// <summary>A change set filled by <paramref name="fill"/>.</summary>
    public static ChangeSet Set(Action<ChangeSet> fill)
    {
        var set = new ChangeSet();
        fill(set);
        return set;
    }
}
