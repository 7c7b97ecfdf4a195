using GraphQL.Types;
using ResourceHub.Graph.Query;
using ResourceHub.Schema.Mutations;

namespace ResourceHub.Schema.Filters;

/// <summary>How to order a list of nodes.</summary>
public sealed class NodeOrderInputType : InputObjectGraphType
{
    /// <summary>Declares the fields.</summary>
    public NodeOrderInputType()
    {
        Name = "NodeOrder";
        Description = "How to order a list; ties are broken by creation order (排序).";
        Field<NonNullGraphType<NodeOrderFieldType>>("field").Description("What to order by (排序字段).").DefaultValue(NodeOrderField.Created);
        Field<NonNullGraphType<OrderDirectionType>>("direction").Description("Ascending or descending (升序/降序).").DefaultValue(OrderDirection.Asc);
    }

    /// <summary>Reads the input as a <see cref="NodeOrder"/>.</summary>
    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new NodeOrder(value.ValueOf("field") is NodeOrderField field ? field : NodeOrderField.Created, value.ValueOf("direction") is OrderDirection.Desc);
    }
}
