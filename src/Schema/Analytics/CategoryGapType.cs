using GraphQL.Types;
using ResourceHub.Graph.Analytics;
using ResourceHub.Graph.Taxonomy;

namespace ResourceHub.Schema.Analytics;

/// <summary>Open and unmet needs of one service category.</summary>
public sealed class CategoryGapType : ObjectGraphType<CategoryGap>
{
    /// <summary>Declares the fields.</summary>
    public CategoryGapType()
    {
        Name = "CategoryGap";
        Description = "Open needs asking for one service category, and how many no qualified helper can reach (类别缺口).";
        Field<NonNullGraphType<StringGraphType>>("category").Description("The service code (服务类别).").Resolve(c => c.Source.Category);
        Field<StringGraphType>("label").Description("Its name in Chinese (名称).").Resolve(c => ServiceTaxonomy.Find(c.Source.Category)?.Zh);
        Field<StringGraphType>("labelEn").Description("Its name in English.").Resolve(c => ServiceTaxonomy.Find(c.Source.Category)?.En);
        Field<NonNullGraphType<IntGraphType>>("openNeeds").Description("Open needs asking for it (待响应).").Resolve(c => c.Source.OpenNeeds);
        Field<NonNullGraphType<IntGraphType>>("unmet").Description("Of those, the needs no qualified helper can reach (无人可助).").Resolve(c => c.Source.Unmet);
    }
}
