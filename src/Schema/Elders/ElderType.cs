using GraphQL.Types;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Common;

namespace ResourceHub.Schema.Elders;

/// <summary>
/// An older resident. Personal data (name, phone, address, mobility, health, living situation, situations)
/// is shown only to those who serve the elder; until identity is in place nobody is such a caller, so the
/// name is masked and the other personal fields are not offered at all.
/// </summary>
public sealed class ElderType : NodeType<Elder>
{
    /// <summary>Declares the fields.</summary>
    public ElderType() : base("Elder", "An older resident (老年人). Personal data is masked except for those who serve the elder (个人信息保护).", located: true)
    {
        Field<NonNullGraphType<DescribedEnumType<AgeBand>>>("ageBand").Description("Age band; no birth date is kept (年龄段).").Resolve(c => c.Source.AgeBand);
    }

    /// <inheritdoc />
    protected override string NameDescription => "Name, masked to the surname (姓名，已脱敏).";

    /// <inheritdoc />
    protected override string ShownName(Elder node) => PersonalData.MaskName(node.Name);

    /// <inheritdoc />
    protected override string DescriptionDescription => "Notes about the elder; personal data, null for callers who do not serve the elder (备注，个人信息).";

    /// <inheritdoc />
    protected override string PointDescription => "Home location; personal data, null for callers who do not serve the elder (住址坐标，个人信息).";

    /// <inheritdoc />
    protected override string? ShownDescription(Elder node, Viewer viewer) => viewer.ServesElder(node) ? node.Description : null;

    /// <inheritdoc />
    protected override GeoPoint? ShownPoint(Elder node, Viewer viewer) => viewer.ServesElder(node) ? node.Point : null;
}
