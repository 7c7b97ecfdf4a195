using System.Collections.Immutable;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Index;

/// <summary>
/// Which records (referrals, service records, consents) name each node through their properties, the reverse of
/// <see cref="Referral.GetReferences"/> and its kin. Immutable; a change replaces only the entries it touches.
/// </summary>
internal sealed class ReferenceIndex
{
    // By target id in chunks of 1,024 like the node array: a lookup is two array reads, and a change copies only
    // the chunks it touches. A chunk no target in it is named from stays null.
    private const int Shift = ChunkedArray<object>.Shift;
    private const int Mask = ChunkedArray<object>.ChunkSize - 1;
    private readonly ImmutableArray<long>[]?[] _chunks;

    private ReferenceIndex(ImmutableArray<long>[]?[] chunks) => _chunks = chunks;

    public static ReferenceIndex Empty { get; } = new([]);

    public ImmutableArray<long> Of(long target) => Of(target, _chunks);

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
        var chunks = new ImmutableArray<long>[]?[lists.Count == 0 ? 0 : (lists.Keys.Max() >> Shift) + 1];
        foreach (var (target, list) in lists)
            (chunks[target >> Shift] ??= new ImmutableArray<long>[ChunkedArray<object>.ChunkSize])[target & Mask] = [.. list.Order()];
        return new ReferenceIndex(chunks);
    }

    /// <summary>The index after records changed: each pair is a record as it was (or null) and as it is (or null).</summary>
    public ReferenceIndex Apply(IEnumerable<(Node? Old, Node? New)> changes)
    {
        ImmutableArray<long>[]?[]? outer = null;
        HashSet<long>? copied = null;
        ImmutableArray<long>[] Writable(long target)
        {
            var c = target >> Shift;
            outer ??= (ImmutableArray<long>[]?[])_chunks.Clone();
            if (c >= outer.Length) Array.Resize(ref outer, (int)Math.Max(c + 1, outer.Length * 2L));
            copied ??= [];
            if (copied.Add(c)) outer[c] = outer[c] is { } chunk ? (ImmutableArray<long>[])chunk.Clone() : new ImmutableArray<long>[ChunkedArray<object>.ChunkSize];
            return outer[c]!;
        }
        foreach (var (old, @new) in changes)
        {
            var id = (old ?? @new)!.Id;
            foreach (var target in old is null ? [] : References(old).Select(r => r.TargetId).Distinct())
            {
                var ids = Of(target, outer ?? _chunks);
                if (ids.IsEmpty) continue;
                Writable(target)[target & Mask] = ids.Remove(id);
            }
            foreach (var target in @new is null ? [] : References(@new).Select(r => r.TargetId).Distinct())
            {
                var ids = Of(target, outer ?? _chunks);
                var at = ids.BinarySearch(id);
                if (at < 0) Writable(target)[target & Mask] = ids.Insert(~at, id);
            }
        }
        return outer is null ? this : new ReferenceIndex(outer);
    }

    private static ImmutableArray<long> Of(long target, ImmutableArray<long>[]?[] chunks)
    {
        if (target < 0 || (target >> Shift) >= chunks.Length || chunks[target >> Shift] is not { } chunk) return ImmutableArray<long>.Empty;
        var ids = chunk[target & Mask];
        return ids.IsDefault ? ImmutableArray<long>.Empty : ids;
    }
}
