using System.Globalization;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Mutations;

/// <summary>Converts the values GraphQL.NET parses from input objects into model values.</summary>
public static class InputValues
{
    /// <summary>The value of a key of an input object as GraphQL read it, or null when the key was not given.</summary>
    public static object? ValueOf(this IDictionary<string, object?> input, string key)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.TryGetValue(key, out var value) ? value : null;
    }

    /// <summary>A string list.</summary>
    public static IReadOnlyList<string> Strings(object? value) =>
        value is IEnumerable<object?> items ? items.Select(i => i?.ToString()?.Trim() ?? "").ToList() : [];

    /// <summary>An int, or null.</summary>
    public static int? Int(object? value) => value is null ? null : Convert.ToInt32(value, CultureInfo.InvariantCulture);

    /// <summary>A double.</summary>
    public static double Double(object? value) => value is null ? 0 : Convert.ToDouble(value, CultureInfo.InvariantCulture);

    /// <summary>A decimal, or null.</summary>
    public static decimal? Decimal(object? value) => value is null ? null : Convert.ToDecimal(value, CultureInfo.InvariantCulture);

    /// <summary>A weekly schedule from text like "Mon-Fri 09-12".</summary>
    public static WeeklySchedule Schedule(string field, object? value) =>
        WeeklySchedule.TryParse(value as string, out var s, out var error) ? s : throw new InputValueException(field, error!);

    /// <summary>A point, as <see cref="Common.GeoPointInputType"/> reads it, or null.</summary>
    public static GeoPoint? Point(object? value) => value as GeoPoint?;

    /// <summary>A time window, as <see cref="Common.TimeWindowInputType"/> reads it; its weekly text is read here (a bad one is a user error of the field).</summary>
    public static TimeWindow Window(string field, object? value) => value is Common.TimeWindowInput w
        ? new TimeWindow { From = w.From, To = w.To, Weekly = w.Weekly is null ? WeeklySchedule.None : Schedule(field, w.Weekly) }
        : new TimeWindow();

    /// <summary>The node id of a global id of one of the kinds given; a bad id is a user error of the field.</summary>
    public static long NodeId(string field, object? value, params NodeKind[] kinds)
    {
        var text = value as string;
        if (!GlobalId.TryDecode(text, out var kind, out var id))
            throw new InputValueException(field, $"'{text}' is not a global id of this hub");
        if (kinds.Length > 0 && !kinds.Contains(kind))
            throw new InputValueException(field, $"must be the id of a {string.Join(" or ", kinds)}, not of a {kind}");
        return id;
    }
}
