using System.Diagnostics;

namespace ResourceHub.Graph.Index;

/// <summary>
/// A persistent array of slots, cut into chunks of 1,024: setting slots copies only the chunks they fall in
/// and the small outer array, so a snapshot can be changed into the next without copying the whole. Slots hold
/// objects (nodes, links, blocks) or values (service sets, kinds, id lists); an unset slot reads as default.
/// </summary>
internal sealed class ChunkedArray<T>
{
    internal const int Shift = 10;
    internal const int ChunkSize = 1 << Shift;
    private const int Mask = ChunkSize - 1;

    private readonly T?[][] _chunks;

    public static readonly ChunkedArray<T> Empty = new([]);

    private ChunkedArray(T?[][] chunks) => _chunks = chunks;

    /// <summary>Number of slots (a multiple of the chunk size).</summary>
    public long Capacity => (long)_chunks.Length << Shift;

    public T? this[long slot] =>
        slot >= 0 && slot < Capacity ? _chunks[slot >> Shift][slot & Mask] : default;

    /// <summary>A new array with the given slots set (null or default clears a slot); this one is unchanged.</summary>
    public ChunkedArray<T> SetMany(IEnumerable<KeyValuePair<long, T?>> items)
    {
        T?[][]? outer = null;
        HashSet<int>? copied = null;
        foreach (var (slot, value) in items)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(slot);
            var c = (int)(slot >> Shift);
            outer ??= (T?[][])_chunks.Clone();
            if (c >= outer.Length)
            {
                var grown = new T?[Math.Max(c + 1, outer.Length * 2)][];
                Array.Copy(outer, grown, outer.Length);
                for (var i = outer.Length; i < grown.Length; i++) grown[i] = new T?[ChunkSize];
                copied ??= [];
                for (var i = outer.Length; i < grown.Length; i++) copied.Add(i);
                outer = grown;
            }
            copied ??= [];
            if (copied.Add(c)) outer[c] = (T?[])outer[c].Clone();
            outer[c][slot & Mask] = value;
        }
        return outer is null ? this : new ChunkedArray<T>(outer);
    }

    /// <summary>Builds an array from a flat one, slot i holding items[i].</summary>
    public static ChunkedArray<T> FromFlat(T?[] items)
    {
        var n = (items.Length + Mask) >> Shift;
        var chunks = new T?[n][];
        for (var c = 0; c < n; c++)
        {
            chunks[c] = new T?[ChunkSize];
            var start = c << Shift;
            Array.Copy(items, start, chunks[c], 0, Math.Min(ChunkSize, items.Length - start));
        }
        return new ChunkedArray<T>(chunks);
    }

    /// <summary>The slots holding an object, in slot order (for value types, every slot).</summary>
    public IEnumerable<T> Values()
    {
        foreach (var chunk in _chunks)
        {
            foreach (var item in chunk)
            {
                if (item is not null) yield return item;
            }
        }
    }

    [Conditional("DEBUG")]
    public void AssertChunkSizes()
    {
        foreach (var chunk in _chunks) Debug.Assert(chunk.Length == ChunkSize);
    }
}
