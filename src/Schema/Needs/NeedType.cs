using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Common;
using ResourceHub.Schema.Elders;

namespace ResourceHub.Schema.Needs;

/// <summary>A need.</summary>
public sealed class NeedType : NodeType<Need>
{
    /// <summary>Declares the fields.</summary>
    public NeedType() : base("Need", "A need of an elder, a group or a community (需求).", located: true)
    {
        this.Codes("categories", "What is asked, as service taxonomy codes (需求类别).", n => n.Categories);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("situations")
            .Description("Who it is for, as situation codes; for an elder's need these are the elder's personal data, empty for callers who do not serve the elder (服务对象).")
            .Resolve(c => PersonalData.NeedSituations(c.Snapshot(), c.Source, c.Viewer()));
        Field<NonNullGraphType<DescribedEnumType<NeedMode>>>("mode").Description("How it is to be met (服务方式).").Resolve(c => c.Source.Mode);
        Field<NonNullGraphType<DescribedEnumType<NeedStatus>>>("status").Description("Where it stands (状态).").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<TimeWindowType>>("window").Description("When help is wanted (时间窗口).").Resolve(c => c.Source.Window);
        Field<NonNullGraphType<IntGraphType>>("helpersWanted").Description("How many helpers are wanted (所需人数).").Resolve(c => c.Source.HelpersWanted);
        Field<IntGraphType>("participants").Description("How many people take part, for venue needs (参与人数).").Resolve(c => c.Source.Participants);
    }
}
