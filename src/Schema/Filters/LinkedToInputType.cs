using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Common;
using ResourceHub.Schema.Mutations;

namespace ResourceHub.Schema.Filters;

/// <summary>Linked to a node.</summary>
public sealed class LinkedToInputType : InputObjectGraphType
{
    /// <summary>Declares the fields.</summary>
    public LinkedToInputType()
    {
        Name = "LinkedToInput";
        Description = "Has a link to or from a node (与某节点有关系).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the node at the other end (关联节点).");
        Field<DescribedEnumType<LinkType>>("type").Description("Only links of this type; any when absent (关系类型).");
        Field<DescribedEnumType<Direction>>("direction").Description("OUT: the candidate links to the node; IN: the node links to the candidate; either when absent (方向).");
    }

    /// <summary>Reads the input as a <see cref="LinkedToInput"/>.</summary>
    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new LinkedToInput((string)value["id"]!, value.ValueOf("type") as LinkType?, value.ValueOf("direction") as Direction?);
    }
}
