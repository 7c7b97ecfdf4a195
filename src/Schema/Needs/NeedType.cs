using GraphQL.Types;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Access;
using ResourceHub.Schema.Common;

namespace ResourceHub.Schema.Needs;

/// <summary>A need.</summary>
public sealed class NeedType : NodeType<Need>
{
    /// <summary>Declares the fields.</summary>
    public NeedType() : base("Need", "A need of an elder, a group or a community (需求).", located: true)
    {
        this.Codes("categories", "What is asked, as service taxonomy codes (需求类别).", n => n.Categories);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("situations")
            .Description("Who it is for, as situation codes (服务对象). For an elder's need these are the elder's, de-identified: social workers who serve the elder and officials of the area see them.")
            .Resolve(c => c.Source.Situations)
            .Personal(PersonalFields.NeedSituations);
        Field<NonNullGraphType<DescribedEnumType<NeedMode>>>("mode").Description("How it is to be met (服务方式).").Resolve(c => c.Source.Mode);
        Field<NonNullGraphType<DescribedEnumType<NeedStatus>>>("status").Description("Where it stands (状态).").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<TimeWindowType>>("window").Description("When help is wanted (时间窗口).").Resolve(c => c.Source.Window);
        Field<NonNullGraphType<IntGraphType>>("helpersWanted").Description("How many helpers are wanted (所需人数).").Resolve(c => c.Source.HelpersWanted);
        Field<IntGraphType>("participants").Description("How many people take part, for venue needs (参与人数).").Resolve(c => c.Source.Participants);
    }

    /// <inheritdoc />
    protected override string NameDescription => "Name (名称). For an elder's need the name is the elder's personal data: others see a public title made of what it asks and where, e.g. 送节目上门（月悦社区）.";

    /// <inheritdoc />
    protected override string DescriptionDescription => "Free text describing it (描述). For an elder's need, personal data: those who serve the elder.";

    /// <inheritdoc />
    protected override string PointDescription => "Where it is to be met (位置), WGS-84. For an elder's need, personal data (often the home): those who serve the elder.";

    /// <inheritdoc />
    protected override PersonalField NameField => PersonalFields.NeedName;

    /// <inheritdoc />
    protected override PersonalField DescriptionField => PersonalFields.NeedDescription;

    /// <inheritdoc />
    protected override PersonalField PointField => PersonalFields.NeedPoint;
}
