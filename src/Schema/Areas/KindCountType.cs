using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Common;

namespace ResourceHub.Schema.Areas;

/// <summary>How many nodes of one kind.</summary>
public sealed class KindCountType : ObjectGraphType<KeyValuePair<NodeKind, int>>
{
    /// <summary>Declares the fields.</summary>
    public KindCountType()
    {
        Name = "KindCount";
        Description = "How many nodes of one kind (按类型计数).";
        Field<NonNullGraphType<DescribedEnumType<NodeKind>>>("kind").Description("The kind (类型).").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many (数量).").Resolve(c => c.Source.Value);
    }
}
