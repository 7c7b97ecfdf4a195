using GraphQL;
using GraphQL.Types;
using ResourceHub.Graph.Analytics;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Analytics;
using ResourceHub.Schema.Common;
using ResourceHub.Schema.Limits;

namespace ResourceHub.Schema.Areas;

/// <summary>An administrative area.</summary>
public sealed class AreaType : NodeType<Area>
{
    /// <summary>Declares the fields.</summary>
    public AreaType() : base("Area", "An administrative area: city, district, township (街道/镇/乡), community or village (区域).", located: false)
    {
        Field<NonNullGraphType<StringGraphType>>("code").Description("National statistical division code (统计用区划代码): 6, 9 or 12 digits.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<DescribedEnumType<AreaLevel>>>("level").Description("Level in the hierarchy (层级).").Resolve(c => c.Source.Level);
        Field<NonNullGraphType<DescribedEnumType<AreaKind>>>("kind").Description("What the area is within its level (类别).").Resolve(c => c.Source.AreaKind);
        Field<IntGraphType>("population").Description("Resident population, if known (常住人口).").Resolve(c => c.Source.Population);
        Field<GeoPointType>("point").Description("A representative point (位置), WGS-84.").Resolve(c => c.Source.Point);
        Field<AreaType>("parent").Description("The area it lies in (上级区域).").Resolve(c => c.Snapshot().Parent(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AreaType>>>>("children")
            .WithComplexityImpact(1, CostOf.ChildAreas)
            .Description("The areas directly below it, by code (下级区域).")
            .Resolve(c =>
            {
                var s = c.Snapshot();
                var children = new List<Area>();
                foreach (var e in s.Edges(c.Source.Id, Direction.In, LinkType.PartOf))
                {
                    if (s.Node(e.OtherId) is Area a) children.Add(a);
                }
                return children.OrderBy(a => a.Code, StringComparer.Ordinal).ToList();
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KindCountType>>>>("counts")
            .WithComplexityImpact(1, CostOf.Kinds)
            .Description("How many nodes of each kind it holds: the areas below it and everything located in it or below (按类型计数).")
            .Resolve(c => c.Snapshot().CountsByKind(c.Source.Id).OrderBy(kv => kv.Key).ToList());
        Field<NonNullGraphType<LinkageCoverageType>>("societies")
            .Description("Which of the five societies are present (五社覆盖).")
            .Resolve(c => c.Snapshot().Coverage(c.Source.Id));
        this.AddAnalytics();
    }
}
