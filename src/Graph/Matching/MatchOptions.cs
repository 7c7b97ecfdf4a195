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

    /// <summary>What is out of range, as (option, problem) pairs named as the API names the arguments; none when the options are good.</summary>
    public IEnumerable<(string Option, string Problem)> Check()
    {
        if (MaxHops is < 1 or > 6) yield return ("maxHops", "must be 1 to 6");
        if (First is < 1 or > 100) yield return ("first", "must be 1 to 100");
        if (MaxKm is { } km && (!double.IsFinite(km) || km <= 0 || km > 200)) yield return ("maxKm", "must be more than 0 and at most 200 km");
    }

    /// <summary>Checks the options; throws <see cref="ArgumentOutOfRangeException"/> naming the first that is out of range.</summary>
    public void Validate()
    {
        foreach (var (option, problem) in Check()) throw new ArgumentOutOfRangeException(option, problem);
    }
}
