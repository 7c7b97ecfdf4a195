using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Matching;

/// <summary>What venue is wanted: near where, for how many, with what, accessible or not, and when.</summary>
public sealed record VenueQuery
{
    /// <summary>The area to search around (its point, and the start of each path).</summary>
    public long? AreaId { get; init; }

    /// <summary>A point to search around, when more precise than the area's.</summary>
    public GeoPoint? Point { get; init; }

    /// <summary>Seats needed.</summary>
    public int? Capacity { get; init; }

    /// <summary>Equipment needed on site, every item (投影仪, 音响 …).</summary>
    public IReadOnlyList<string> Equipment { get; init; } = [];

    /// <summary>Step-free access needed.</summary>
    public bool Accessible { get; init; }

    /// <summary>When: dates and weekly hours; null means any time.</summary>
    public TimeWindow? Window { get; init; }

    /// <summary>Search radius in km (default 10, at most 200).</summary>
    public double MaxKm { get; init; } = MatchOptions.DefaultKm;

    /// <summary>How many venues to return (1 to 100).</summary>
    public int First { get; init; } = 10;

    /// <summary>What is out of range, as (argument, problem) pairs named as the API names them; none when the query can run.</summary>
    public IEnumerable<(string Argument, string Problem)> Check()
    {
        if (First is < 1 or > 100) yield return ("first", "must be 1 to 100");
        if (!double.IsFinite(MaxKm) || MaxKm <= 0 || MaxKm > 200) yield return ("maxKm", "must be more than 0 and at most 200 km");
        if (Capacity < 0) yield return ("capacity", "must not be negative");
    }
}
