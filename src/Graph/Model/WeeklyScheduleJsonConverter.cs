using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResourceHub.Graph.Model;

/// <summary>Reads and writes <see cref="WeeklySchedule"/> as its text form.</summary>
public sealed class WeeklyScheduleJsonConverter : JsonConverter<WeeklySchedule>
{
    /// <inheritdoc />
    public override WeeklySchedule Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        WeeklySchedule.TryParse(reader.GetString(), out var s, out var error) ? s : throw new JsonException(error);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, WeeklySchedule value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
