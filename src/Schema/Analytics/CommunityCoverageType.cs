using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Areas;

namespace ResourceHub.Schema.Analytics;

/// <summary>One community's five-society linkage.</summary>
public sealed class CommunityCoverageType : ObjectGraphType<CommunityCoverage>
{
    /// <summary>Declares the fields.</summary>
    public CommunityCoverageType()
    {
        Name = "CommunityCoverage";
        Description = "One community's five-society linkage: which societies serve it and since when (社区五社联动).";
        Field<NonNullGraphType<AreaType>>("community").Description("The community or village (社区).").Resolve(c => c.Snapshot().Node<Area>(c.Source.CommunityId));
        Field<NonNullGraphType<LinkageCoverageType>>("societies").Description("Which of the five are present (五社).").Resolve(c => c.Source.Since.Coverage);
        Field<NonNullGraphType<SocietiesSinceType>>("since").Description("Since when each has been present (起始日期).").Resolve(c => c.Source.Since);
        Field<DateOnlyGraphType>("completeSince").Description("Since when all five have been present; null when the linkage is not complete (齐全日期).").Resolve(c => c.Source.Since.Complete);
    }
}
