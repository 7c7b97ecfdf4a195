namespace ResourceHub.Graph.Analytics;

/// <summary>The days an answer covers, both ends included; an open end is unbounded. Days are counted in China Standard Time (UTC+8).</summary>
/// <param name="From">First day, or null.</param>
/// <param name="To">Last day, or null.</param>
public readonly record struct AnalyticsPeriod(DateOnly? From, DateOnly? To)
{
    private static readonly TimeSpan ChinaTime = TimeSpan.FromHours(8);

    /// <summary>Every day.</summary>
    public static AnalyticsPeriod Always => default;

    /// <summary>True when the day lies within the period.</summary>
    public bool Contains(DateOnly day) => (From is not { } f || day >= f) && (To is not { } t || day <= t);

    /// <summary>True when the moment's day (in China Standard Time) lies within the period.</summary>
    public bool Contains(DateTimeOffset at) => Contains(DayOf(at));

    /// <summary>True when some day of <paramref name="from"/>..<paramref name="to"/> (open ends unbounded) lies within the period.</summary>
    public bool Overlaps(DateOnly? from, DateOnly? to) => (From is not { } f || to is not { } t1 || t1 >= f) && (To is not { } t || from is not { } f1 || f1 <= t);

    /// <summary>The day of a moment in China Standard Time.</summary>
    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(ChinaTime).DateTime);

    /// <summary>The part of both periods; may be empty (From after To).</summary>
    public AnalyticsPeriod Within(DateOnly? from, DateOnly? to) =>
        new(From is { } f && (from is not { } g || f > g) ? f : from, To is { } t && (to is not { } u || t < u) ? t : to);

    /// <summary>True when no day lies within it.</summary>
    public bool IsEmpty => From is { } f && To is { } t && f > t;
}
