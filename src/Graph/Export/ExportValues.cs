using System.Globalization;
using System.Text.Json;

namespace ResourceHub.Graph.Export;

/// <summary>How a column's value is written: as JSON, and as text (CSV cells, GraphML data).</summary>
internal static class ExportValues
{
    /// <summary>The value as text: invariant numbers, <c>true</c>/<c>false</c>, lists joined with <c>;</c>; null for none.</summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable<string> list => string.Join(';', list),
        _ => throw new InvalidOperationException($"a column read a {value.GetType().Name}"),
    };

    /// <summary>Writes a column's value under its name; nothing for null.</summary>
    public static void WriteJson(Utf8JsonWriter writer, string name, ExportValueType type, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case string s:
                writer.WriteString(name, s);
                return;
            case bool b:
                writer.WriteBoolean(name, b);
                return;
            case long l:
                writer.WriteNumber(name, l);
                return;
            case int i:
                writer.WriteNumber(name, i);
                return;
            case double d:
                writer.WriteNumber(name, d);
                return;
            case IEnumerable<string> list:
                writer.WriteStartArray(name);
                foreach (var item in list) writer.WriteStringValue(item);
                writer.WriteEndArray();
                return;
            default:
                throw new InvalidOperationException($"column {name} ({type}) read a {value.GetType().Name}");
        }
    }
}
