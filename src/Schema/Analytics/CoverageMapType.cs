using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Areas;

namespace ResourceHub.Schema.Analytics;

/// <summary>The linkage coverage of an area's communities.</summary>
public sealed class CoverageMapType : ObjectGraphType<CoverageMap>
{
    /// <summary>Declares the fields.</summary>
    public CoverageMapType()
    {
        Name = "CoverageMap";
        Description = "The five-society linkage of each community of an area (五社联动覆盖).";
        Field<NonNullGraphType<AreaType>>("area").Description("The area it covers (区域).").Resolve(c => c.Snapshot().Node<Area>(c.Source.AreaId));
        Field<DateOnlyGraphType>("asOf").Description("The day it describes; null for today's network (截至日期).").Resolve(c => c.Source.AsOf);
        Field<NonNullGraphType<IntGraphType>>("total").Description("Communities and villages counted (社区总数).").Resolve(c => c.Source.Communities.Count);
        Field<NonNullGraphType<IntGraphType>>("complete").Description("Of those, the ones linked to all five societies (五社齐全数).").Resolve(c => c.Source.Communities.Count(x => x.Since.Coverage.Complete));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommunityCoverageType>>>>("communities").Description("Each community, by code (各社区).").Resolve(c => c.Source.Communities);
    }
}
