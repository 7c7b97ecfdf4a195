using GraphQL.Types;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Access;
using ResourceHub.Schema.Common;

namespace ResourceHub.Schema.Elders;

/// <summary>
/// An older resident. Only callers who may see the elder at all get one: social workers whose stations or areas
/// cover the elder's community see everything their work needs; officials of the area see a de-identified record;
/// each field is shown under its rule in <see cref="PersonalFields"/>.
/// </summary>
public sealed class ElderType : NodeType<Elder>
{
    /// <summary>Declares the fields.</summary>
    public ElderType() : base("Elder", "An older resident (老年人). Shown to social workers who serve the elder's community (full record) and officials of its area (de-identified); personal data (个人信息) is audited.", located: true)
    {
        Field<DescribedEnumType<AgeBand>>("ageBand").Description("Age band; no birth date is kept (年龄段). De-identified.").Resolve(c => c.Source.AgeBand).Personal(PersonalFields.ElderAgeBand);
        Field<DescribedEnumType<LivingSituation>>("living").Description("With whom the elder lives (居住情况). De-identified, sensitive.").Resolve(c => c.Source.Living).Personal(PersonalFields.ElderLiving);
        Field<DescribedEnumType<Mobility>>("mobility").Description("Ability to look after themselves: 自理 / 半失能 / 失能 (自理能力). De-identified, sensitive.").Resolve(c => c.Source.Mobility).Personal(PersonalFields.ElderMobility);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("situations").Description("Situation codes: 高龄, 独居, 低保 … (特殊情况). De-identified, sensitive.").Resolve(c => c.Source.Situations).Personal(PersonalFields.ElderSituations);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("interests").Description("Interests, as service taxonomy codes (兴趣). De-identified.").Resolve(c => c.Source.Interests).Personal(PersonalFields.ElderInterests);
        Field<StringGraphType>("phone").Description("Contact phone (联系电话). Personal data: those who serve the elder.").Resolve(c => c.Source.Phone).Personal(PersonalFields.ElderPhone);
        Field<StringGraphType>("address").Description("Street address (住址). Personal data: those who serve the elder.").Resolve(c => c.Source.Address).Personal(PersonalFields.ElderAddress);
        Field<DateTimeOffsetGraphType>("erasedAt").Description("When the elder's personal data was erased on request; null while it is kept (删除时间).").Resolve(c => c.Source.ErasedAt);
        Field<StringGraphType>("healthNotes").Description("Health notes (健康备注). Personal data: those who serve the elder.").Resolve(c => c.Source.HealthNotes).Personal(PersonalFields.ElderHealthNotes);
    }

    /// <inheritdoc />
    protected override string NameDescription => "Full name for those who serve the elder; others see the age band and community, e.g. 80-89岁老人（月悦社区） (姓名).";

    /// <inheritdoc />
    protected override string DescriptionDescription => "Notes about the elder (备注). Personal data: those who serve the elder.";

    /// <inheritdoc />
    protected override string PointDescription => "Home location (住址坐标). Personal data: those who serve the elder.";

    /// <inheritdoc />
    protected override PersonalField NameField => PersonalFields.ElderName;

    /// <inheritdoc />
    protected override PersonalField DescriptionField => PersonalFields.ElderNotes;

    /// <inheritdoc />
    protected override PersonalField PointField => PersonalFields.ElderPoint;
}
