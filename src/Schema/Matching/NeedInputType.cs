using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Common;
using ResourceHub.Schema.Mutations;

namespace ResourceHub.Schema.Matching;

/// <summary>A need described on the spot.</summary>
public sealed class NeedInputType : InputObjectGraphType
{
    /// <summary>Declares the fields.</summary>
    public NeedInputType()
    {
        Name = "NeedInput";
        Description = "A need described on the spot, not stored (临时需求).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("categories").Description("Service codes asked, at least one (需求类别).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("situations").Description("Situation codes of whom it is for (服务对象).");
        Field<DescribedEnumType<NeedMode>>("mode").Description("How it is to be met; VENUE when absent (服务方式).");
        Field<StringGraphType>("weekly").Description("Hours of the week wanted, text like \"Sat 09-12\"; any hour when absent (每周时段).");
        Field<DateOnlyGraphType>("from").Description("First day it is wanted; with `to`, a period of less than a week keeps only the weekly hours of the days it holds (开始日期).");
        Field<DateOnlyGraphType>("to").Description("Last day it is wanted (结束日期).");
        Field<IdGraphType>("areaId").Description("Global id of the area where it is needed (所在区域).");
        Field<StringGraphType>("areaCode").Description("Or its statistical code (区划代码).");
        Field<GeoPointInputType>("point").Description("Where exactly, when known (位置).");
        Field<IntGraphType>("participants").Description("How many people take part (参与人数).");
    }

    /// <summary>Reads the input as a <see cref="NeedInput"/>.</summary>
    public override object ParseDictionary(IDictionary<string, object?> value) => NeedInput.Read(value);
}
