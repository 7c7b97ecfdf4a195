using GraphQL.Types;
using ResourceHub.Graph.Taxonomy;

namespace ResourceHub.Schema.Common;

/// <summary>A term of the taxonomy.</summary>
public sealed class TaxonomyTermType : ObjectGraphType<TaxonomyTerm>
{
    /// <summary>Declares the fields.</summary>
    public TaxonomyTermType()
    {
        Name = "TaxonomyTerm";
        Description = "A term of the taxonomy: a hierarchical code with a Chinese and an English label (分类术语).";
        Field<NonNullGraphType<StringGraphType>>("code").Description("The code, e.g. culture.performance.home-delivery (代码).").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("zh").Description("The Chinese label (中文名称).").Resolve(c => c.Source.Zh);
        Field<NonNullGraphType<StringGraphType>>("en").Description("The English label.").Resolve(c => c.Source.En);
        Field<StringGraphType>("parent").Description("The parent's code; null at the top (上级代码).").Resolve(c => c.Source.ParentCode);
        Field<NonNullGraphType<DescribedEnumType<TaxonomyFacet>>>("facet").Description("SERVICE (what is offered or asked) or SITUATION (who it is for) (维度).").Resolve(c => c.Source.Facet);
    }
}
