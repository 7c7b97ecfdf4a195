using System.Collections.Frozen;

namespace ResourceHub.Graph.Taxonomy;

/// <summary>
/// A set of service codes as 128 bits, one per code of the taxonomy, so "does this helper offer anything near
/// what is asked" is two AND operations instead of string comparisons.
/// </summary>
public readonly record struct ServiceSet(ulong Low, ulong High)
{
    private static readonly FrozenDictionary<string, int> Bits = ServiceTaxonomy.Services
        .Select((t, i) => (t.Code, i)).ToFrozenDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);

    /// <summary>The empty set.</summary>
    public static ServiceSet Empty => default;

    static ServiceSet()
    {
        if (Bits.Count > 128) throw new InvalidOperationException("ServiceSet holds at most 128 service codes; widen it");
    }

    /// <summary>The set of the known codes among <paramref name="codes"/>; unknown codes are left out.</summary>
    public static ServiceSet Of(IEnumerable<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ulong low = 0, high = 0;
        foreach (var code in codes)
        {
            if (code is null || !Bits.TryGetValue(code, out var bit)) continue;
            if (bit < 64) low |= 1UL << bit;
            else high |= 1UL << (bit - 64);
        }
        return new ServiceSet(low, high);
    }

    /// <summary>Every code an offer may hold to meet one of these asks at all: the ask, everything below it and everything above it.</summary>
    public static ServiceSet Related(IEnumerable<string> asks)
    {
        ArgumentNullException.ThrowIfNull(asks);
        var askList = asks.ToList();
        return Of(ServiceTaxonomy.Services.Select(t => t.Code)
            .Where(code => askList.Any(ask => ServiceTaxonomy.Fit(code, ask) != CategoryFit.None)));
    }

    /// <summary>The bit numbers (0 to 127) of the codes in the set, lowest first.</summary>
    public IEnumerable<int> BitNumbers()
    {
        for (var word = Low; word != 0; word &= word - 1) yield return System.Numerics.BitOperations.TrailingZeroCount(word);
        for (var word = High; word != 0; word &= word - 1) yield return 64 + System.Numerics.BitOperations.TrailingZeroCount(word);
    }

    /// <summary>True when the sets share a code.</summary>
    public bool Overlaps(ServiceSet other) => ((Low & other.Low) | (High & other.High)) != 0;
}
