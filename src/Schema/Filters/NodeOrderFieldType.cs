using GraphQL.Types;
using ResourceHub.Graph.Query;

namespace ResourceHub.Schema.Filters;

/// <summary>What a list can be ordered by.</summary>
public sealed class NodeOrderFieldType : EnumerationGraphType<NodeOrderField>
{
    /// <summary>Declares the enum.</summary>
    public NodeOrderFieldType()
    {
        Name = "NodeOrderField";
        Description = "What to order by: CREATED (creation order), NAME (by code point), DISTANCE (from the filter's 'near' point) (排序字段).";
    }
}
