using GraphQL;
using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Common;

namespace ResourceHub.Schema.Resources;

/// <summary>A resource.</summary>
public sealed class ResourceType : NodeType<Resource>
{
    /// <summary>Declares the fields.</summary>
    public ResourceType() : base("Resource", "A resource (资源): venue 场地, equipment 设备, funding 资金, material 物资, cultural content 节目/课程 or information.", located: true)
    {
        Field<NonNullGraphType<DescribedEnumType<ResourceKind>>>("kind").Description("Kind of resource (资源类别).").Resolve(c => c.Source.ResourceKind);
        this.Codes("services", "What it can be used for, as service taxonomy codes (用途).", r => r.Services);
        Field<IntGraphType>("capacity").Description("For a venue: how many people it holds (容纳人数).").Resolve(c => c.Source.Capacity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("equipment").Description("For a venue: equipment on site (设备).").Resolve(c => c.Source.Equipment);
        Field<NonNullGraphType<BooleanGraphType>>("accessible").Description("For a venue: step-free access (无障碍).").Resolve(c => c.Source.Accessible);
        this.Schedule("openingHours", "For a venue: opening hours (开放时间).", r => r.OpeningHours);
        Field<DecimalGraphType>("quantity").Description("For funding, material or equipment: how much (数量).").Resolve(c => c.Source.Quantity);
        Field<StringGraphType>("unit").Description("Unit of the quantity (单位).").Resolve(c => c.Source.Unit);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Bookings.BookingType>>>>("bookings")
            .Description("For a venue: its confirmed bookings that meet the period, earliest first (预订).")
            .Argument<DateOnlyGraphType>("from", "First day; open when absent (开始日期).")
            .Argument<DateOnlyGraphType>("to", "Last day; open when absent (结束日期).")
            .Resolve(c =>
            {
                var (from, to) = (c.GetArgument<DateOnly?>("from"), c.GetArgument<DateOnly?>("to"));
                var s = c.Snapshot();
                return s.ReferencedBy(c.Source.Id).Select(s.Node).OfType<Booking>()
                    .Where(b => b.Holds && b.VenueId == c.Source.Id && !(b.Window.To < from) && !(b.Window.From > to))
                    .OrderBy(b => b.Window.From).ThenBy(b => b.Id).Take(100).ToList();
            });
    }
}
