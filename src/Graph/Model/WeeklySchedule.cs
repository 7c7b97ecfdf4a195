using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResourceHub.Graph.Model;

/// <summary>
/// The hours of a week (Monday 00:00 to Sunday 24:00, hour by hour) as 168 bits, for availability,
/// opening hours and time windows. Written as text like <c>"Mon-Fri 09-12, Sat 14-17"</c>.
/// </summary>
[JsonConverter(typeof(WeeklyScheduleJsonConverter))]
public readonly struct WeeklySchedule : IEquatable<WeeklySchedule>
{
    private static readonly string[] DayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    private readonly ulong _a, _b, _c;

    private WeeklySchedule(ulong a, ulong b, ulong c) => (_a, _b, _c) = (a, b, c & ((1UL << 40) - 1));

    /// <summary>No hour at all.</summary>
    public static WeeklySchedule None => default;

    /// <summary>Every hour of the week.</summary>
    public static WeeklySchedule Always => new(ulong.MaxValue, ulong.MaxValue, ulong.MaxValue);

    /// <summary>True when no hour is set.</summary>
    public bool IsEmpty => (_a | _b | _c) == 0;

    /// <summary>How many hours of the week are set.</summary>
    public int Hours => BitOperations.PopCount(_a) + BitOperations.PopCount(_b) + BitOperations.PopCount(_c);

    /// <summary>True when the given hour of the given day (0 = Monday) is set.</summary>
    public bool Contains(int day, int hour)
    {
        var bit = day * 24 + hour;
        return bit switch
        {
            < 64 => (_a >> bit & 1) != 0,
            < 128 => (_b >> (bit - 64) & 1) != 0,
            _ => (_c >> (bit - 128) & 1) != 0,
        };
    }

    /// <summary>The hours set in both schedules.</summary>
    public WeeklySchedule Intersect(WeeklySchedule other) => new(_a & other._a, _b & other._b, _c & other._c);

    /// <summary>The hours set in either schedule.</summary>
    public WeeklySchedule Union(WeeklySchedule other) => new(_a | other._a, _b | other._b, _c | other._c);

    /// <summary>True when some hour is set in both.</summary>
    public bool Overlaps(WeeklySchedule other) => ((_a & other._a) | (_b & other._b) | (_c & other._c)) != 0;

    /// <summary>A schedule with the hours [<paramref name="fromHour"/>, <paramref name="toHour"/>) set on the days given (0 = Monday).</summary>
    public static WeeklySchedule Of(IEnumerable<int> days, int fromHour, int toHour)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentOutOfRangeException.ThrowIfNegative(fromHour);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(toHour, 24);
        ulong a = 0, b = 0, c = 0;
        foreach (var day in days)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(day);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(day, 6);
            for (var h = fromHour; h < toHour; h++)
            {
                var bit = day * 24 + h;
                if (bit < 64) a |= 1UL << bit;
                else if (bit < 128) b |= 1UL << (bit - 64);
                else c |= 1UL << (bit - 128);
            }
        }
        return new(a, b, c);
    }

    /// <summary>Parses text like <c>"Mon-Fri 09-12, Sat 14-17"</c>; an empty text is <see cref="None"/>.</summary>
    public static bool TryParse(string? text, out WeeklySchedule schedule, out string? error)
    {
        schedule = None;
        error = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var parsed = None;
        foreach (var rawPart in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var pieces = rawPart.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (pieces.Length != 2)
            {
                error = $"'{rawPart}' is not of the form 'Mon-Fri 09-12'";
                return false;
            }
            if (!TryParseRange(pieces[0], DayIndex, 0, 6, inclusiveEnd: true, out var d0, out var d1) ||
                !TryParseRange(pieces[1], HourIndex, 0, 24, inclusiveEnd: false, out var h0, out var h1))
            {
                error = $"'{rawPart}' is not of the form 'Mon-Fri 09-12' (days Mon..Sun, hours 00..24, start before end)";
                return false;
            }
            parsed = parsed.Union(Of(Enumerable.Range(d0, d1 - d0 + 1), h0, h1));
        }
        schedule = parsed;
        return true;
    }

    /// <summary>Parses like <see cref="TryParse"/> and throws <see cref="FormatException"/> on bad text.</summary>
    public static WeeklySchedule Parse(string? text) =>
        TryParse(text, out var s, out var error) ? s : throw new FormatException(error);

    private static int DayIndex(string s) => Array.FindIndex(DayNames, d => d.Equals(s, StringComparison.OrdinalIgnoreCase));

    private static int HourIndex(string s) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var h) && s.Length <= 2 ? h : -1;

    private static bool TryParseRange(string s, Func<string, int> index, int min, int max, bool inclusiveEnd, out int from, out int to)
    {
        var dash = s.IndexOf('-', StringComparison.Ordinal);
        from = index(dash < 0 ? s : s[..dash]);
        to = dash < 0 ? (inclusiveEnd ? from : -1) : index(s[(dash + 1)..]);
        return from >= min && to <= max && (inclusiveEnd ? from <= to : from < to);
    }

    /// <summary>The canonical text form, e.g. <c>"Mon-Fri 09-12, Sat 14-17"</c>.</summary>
    public override string ToString()
    {
        // Collect (hour range) per day, then merge consecutive days with the same ranges.
        var perDay = new string[7];
        for (var d = 0; d < 7; d++)
        {
            var sb = new StringBuilder();
            var h = 0;
            while (h < 24)
            {
                if (!Contains(d, h)) { h++; continue; }
                var start = h;
                while (h < 24 && Contains(d, h)) h++;
                if (sb.Length > 0) sb.Append(';');
                sb.Append(CultureInfo.InvariantCulture, $"{start:00}-{h:00}");
            }
            perDay[d] = sb.ToString();
        }
        var parts = new List<string>();
        var day = 0;
        while (day < 7)
        {
            if (perDay[day].Length == 0) { day++; continue; }
            var first = day;
            while (day + 1 < 7 && perDay[day + 1] == perDay[first]) day++;
            var days = first == day ? DayNames[first] : $"{DayNames[first]}-{DayNames[day]}";
            parts.AddRange(perDay[first].Split(';').Select(r => $"{days} {r}"));
            day++;
        }
        return string.Join(", ", parts);
    }

    /// <inheritdoc />
    public bool Equals(WeeklySchedule other) => _a == other._a && _b == other._b && _c == other._c;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WeeklySchedule other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_a, _b, _c);

    /// <summary>Equality.</summary>
    public static bool operator ==(WeeklySchedule left, WeeklySchedule right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(WeeklySchedule left, WeeklySchedule right) => !left.Equals(right);
}
