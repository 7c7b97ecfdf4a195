using System.Collections.Immutable;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Index;

/// <summary>
/// Which records (referrals, service records, consents) name each node through their properties, the reverse of
/// <see cref="Referral.GetReferences"/> and its kin. Immutable; a change replaces only the entries it touches.
/// </summary>
internal sealed class ReferenceIndex
{
    private readonly ImmutableDictionary<long, ImmutableArray<long>> _byTarget;

    private ReferenceIndex(ImmutableDictionary<long, ImmutableArray<long>> byTarget) => _byTarget = byTarget;

    public static ReferenceIndex Empty { get; } = new(ImmutableDictionary<long, ImmutableArray<long>>.Empty);

    public ImmutableArray<long> Of(long target) => _byTarget.TryGetValue(target, out var ids) ? ids : [];

    public static IEnumerable<NodeReference> References(Node node) => node switch
    {
        Referral r => r.GetReferences(),
        ServiceRecord s => s.GetReferences(),
        Consent c => c.GetReferences(),
        _ => [],
    };

    public static ReferenceIndex Build(IEnumerable<Node> nodes)
    {
        var lists = new Dictionary<long, List<long>>();
        foreach (var node in nodes)
        {
            foreach (var target in References(node).Select(r => r.TargetId).Distinct())
            {
                if (!lists.TryGetValue(target, out var list)) lists[target] = list = [];
                list.Add(node.Id);
            }
        }
        return new ReferenceIndex(lists.ToImmutableDictionary(kv => kv.Key, kv => kv.Value.Order().ToImmutableArray()));
    }

    /// <summary>The index after records changed: each pair is a record as it was (or null) and as it is (or null).</summary>
    public ReferenceIndex Apply(IEnumerable<(Node? Old, Node? New)> changes)
    {
        var builder = _byTarget.ToBuilder();
        foreach (var (old, @new) in changes)
        {
            var id = (old ?? @new)!.Id;
            foreach (var target in old is null ? [] : References(old).Select(r => r.TargetId).Distinct())
            {
                if (builder.TryGetValue(target, out var ids))
                {
                    var rest = ids.Remove(id);
                    if (rest.IsEmpty) builder.Remove(target);
                    else builder[target] = rest;
                }
            }
            foreach (var target in @new is null ? [] : References(@new).Select(r => r.TargetId).Distinct())
            {
                var ids = builder.TryGetValue(target, out var existing) ? existing : [];
                var at = ids.BinarySearch(id);
                builder[target] = at >= 0 ? ids : ids.Insert(~at, id);
            }
        }
        return builder.Count == _byTarget.Count && changes is ICollection<(Node?, Node?)> { Count: 0 } ? this : new ReferenceIndex(builder.ToImmutable());
    }
}
