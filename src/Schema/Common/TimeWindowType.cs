using GraphQL.Types;
using ResourceHub.Graph.Model;

namespace ResourceHub.Schema.Common;

/// <summary>A period of dates with weekly hours.</summary>
public sealed class TimeWindowType : ObjectGraphType<TimeWindow>
{
    /// <summary>Declares the fields.</summary>
    public TimeWindowType()
    {
        Name = "TimeWindow";
        Description = "A period of dates with the weekly hours within it; open ends mean no limit (时间窗口).";
        Field<DateOnlyGraphType>("from").Description("First day (开始日期).").Resolve(c => c.Source.From);
        Field<DateOnlyGraphType>("to").Description("Last day (结束日期).").Resolve(c => c.Source.To);
        this.Schedule("weekly", "Hours of the week within the period; empty means any hour (每周时段).", w => w.Weekly);
    }
}
