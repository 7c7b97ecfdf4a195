using GraphQL.Types;
using ResourceHub.Graph.Matching;
using ResourceHub.Schema.Needs;

namespace ResourceHub.Schema.Matching;

/// <summary>An open need a helper could serve.</summary>
public sealed class NeedMatchType : ObjectGraphType<NeedMatch>
{
    /// <summary>Declares the fields.</summary>
    public NeedMatchType()
    {
        Name = "NeedMatch";
        Description = "An open need the helper qualifies for, with the helper's match for it (可服务的需求).";
        Field<NonNullGraphType<NeedType>>("need").Description("The need (需求).").Resolve(c => c.Source.Need);
        Field<NonNullGraphType<HelperMatchType>>("match").Description("The helper's score, reach and path for this need (匹配).").Resolve(c => c.Source.Match);
    }
}
