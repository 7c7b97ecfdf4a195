using GraphQL.Types;
using ResourceHub.Schema.Mutations;

namespace ResourceHub.Schema.Common;

/// <summary>A time window to write.</summary>
public sealed class TimeWindowInputType : InputObjectGraphType
{
    /// <summary>Declares the fields.</summary>
    public TimeWindowInputType()
    {
        Name = "TimeWindowInput";
        Description = "A period of dates with weekly hours; open ends mean no limit (时间窗口).";
        Field<DateOnlyGraphType>("from").Description("First day (开始日期).");
        Field<DateOnlyGraphType>("to").Description("Last day (结束日期).");
        Field<StringGraphType>("weekly").Description("Hours of the week, text like \"Mon-Fri 09-12\"; any hour when absent (每周时段).");
    }

    /// <summary>Reads the input as a <see cref="TimeWindowInput"/>.</summary>
    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new TimeWindowInput(value.ValueOf("from") as DateOnly?, value.ValueOf("to") as DateOnly?, value.ValueOf("weekly") as string);
    }
}
