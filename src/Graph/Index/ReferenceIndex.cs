using System.Collections.Immutable;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Index;

/// <summary>
/// Which records (referrals, service records, consents) name each node through their properties, the reverse of
/// <see cref="Referral.GetReferences"/> and its kin. Immutable; a change replaces only the entries it touches.
/// </summary>
internal sealed class ReferenceIndex
{
    // By target id, chunked like the node array: a lookup is two array reads, and a change copies only the chunks it
    // touches. A target no record names holds the default (empty) list.
    private readonly ChunkedArray<ImmutableArray<long>> _byTarget;

    private ReferenceIndex(ChunkedArray<ImmutableArray<long>> byTarget) => _byTarget = byTarget;

    public static ReferenceIndex Empty { get; } = new(ChunkedArray<ImmutableArray<long>>.Empty);

    public ImmutableArray<long> Of(long target) => _byTarget[target] is { IsDefault: false } ids ? ids : ImmutableArray<long>.Empty;

    public static IEnumerable<NodeReference> References(Node node) => node switch
    {
        Referral r => r.GetReferences(),
        ServiceRecord s => s.GetReferences(),
        Consent c => c.GetReferences(),
        TimeBankEntry t => t.GetReferences(),
        Booking b => b.GetReferences(),
        Webhook w => w.GetReferences(),
        _ => [],
    };

    public static ReferenceIndex Build(IEnumerable<Node> nodes) => Empty.Apply(nodes.Select(n => ((Node?)null, (Node?)n)));

    /// <summary>The index after records changed: each pair is a record as it was (or null) and as it is (or null).</summary>
    public ReferenceIndex Apply(IEnumerable<(Node? Old, Node? New)> changes)
    {
        // Lists changed so far, read before this index's: several records of one change may name the same target.
        var changed = new Dictionary<long, ImmutableArray<long>>();
        ImmutableArray<long> Current(long target) => changed.TryGetValue(target, out var ids) ? ids : Of(target);
        foreach (var (old, @new) in changes)
        {
            var id = (old ?? @new)!.Id;
            foreach (var target in old is null ? [] : References(old).Select(r => r.TargetId).Distinct())
            {
                var ids = Current(target);
                if (!ids.IsEmpty) changed[target] = ids.Remove(id);
            }
            foreach (var target in @new is null ? [] : References(@new).Select(r => r.TargetId).Distinct())
            {
                var ids = Current(target);
                var at = ids.BinarySearch(id);
                if (at < 0) changed[target] = ids.Insert(~at, id);
            }
        }
        return changed.Count == 0 ? this : new ReferenceIndex(_byTarget.SetMany(changed));
    }
}
