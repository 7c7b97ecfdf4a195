namespace ResourceHub.Graph.Matching;

/// <summary>How far and how many: the size of the answer and the reach of the search.</summary>
public sealed record MatchOptions
{
    /// <summary>The most hops in the linkage network counted from the need's area (1 to 6).</summary>
    public int MaxHops { get; init; } = 3;

    /// <summary>How many candidates to return (1 to 100).</summary>
    public int First { get; init; } = 10;

    /// <summary>Travel distance for in-person help when a helper states none (volunteers state their own); also caps volunteers' own.</summary>
    public double? MaxKm { get; init; }

    /// <summary>
    /// Links from which a node counts as busy: a search's last hop from it reads its helper neighbours filed by
    /// service (<see cref="HubNeighbours"/>) instead of scanning its links. The answer is the same either way; tests
    /// lower it to run the filed path on small networks.
    /// </summary>
    internal int HubDegree { get; init; } = 512;

    /// <summary>Distance assumed for in-person help when neither the helper nor <see cref="MaxKm"/> says.</summary>
    public const double DefaultKm = 10;

    /// <summary>Checks the options; throws <see cref="ArgumentOutOfRangeException"/> when out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxHops, 1, nameof(MaxHops));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxHops, 6, nameof(MaxHops));
        ArgumentOutOfRangeException.ThrowIfLessThan(First, 1, nameof(First));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(First, 100, nameof(First));
        if (MaxKm is { } km && (!double.IsFinite(km) || km <= 0 || km > 200))
            throw new ArgumentOutOfRangeException(nameof(MaxKm), km, "must be more than 0 and at most 200 km");
    }
}
