using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Common;
using ResourceHub.Schema.Mutations;

namespace ResourceHub.Schema.Areas;

/// <summary>What the mutations of Area may write.</summary>
public sealed class AreaInputs : KindInputs
{
    /// <summary>Declares the fields.</summary>
    public AreaInputs() : base(NodeKind.Area, "区域", located: false)
    {
        Add<GeoPointInputType>("point", "A representative point, WGS-84 (位置).", required: false, (n, v) => n with { Point = InputValues.Point(v) });
        Add<StringGraphType>("code", "National statistical division code: 6, 9 or 12 digits (统计用区划代码).", required: true, (n, v) => ((Area)n) with { Code = (v as string ?? "").Trim() });
        Enum<AreaLevel>("level", "Level in the hierarchy (层级).", required: true, (n, v) => ((Area)n) with { Level = v });
        Enum<AreaKind>("kind", "What the area is within its level (类别).", required: true, (n, v) => ((Area)n) with { AreaKind = v });
        Add<IntGraphType>("population", "Resident population (常住人口).", required: false, (n, v) => ((Area)n) with { Population = InputValues.Int(v) });
        Link("parentId", LinkType.PartOf, nodeIsSource: true, [NodeKind.Area], required: false, "Global id of the area it lies in; required below district level (上级区域).");
    }

    /// <inheritdoc />
    public override Node New() => new Area();
}
