using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Common;

namespace ResourceHub.Schema.Mutations;

/// <summary>The input of removing a link.</summary>
public sealed class UnlinkInputType : InputObjectGraphType
{
    /// <summary>Declares the fields.</summary>
    public UnlinkInputType()
    {
        Name = "UnlinkInput";
        Description = "Which link to remove: its type and ends (删除关系).";
        Field<StringGraphType>("clientMutationId").Description("The client's id of this mutation; sending it again returns the first result and writes nothing twice (客户端标识，幂等).");
        Field<NonNullGraphType<DescribedEnumType<LinkType>>>("type").Description("The link type (关系类型).");
        Field<NonNullGraphType<IdGraphType>>("fromId").Description("Global id of the source node (起点).");
        Field<NonNullGraphType<IdGraphType>>("toId").Description("Global id of the target node (终点).");
    }

    /// <summary>Reads the input as a <see cref="LinkDeleteInput"/>.</summary>
    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new LinkDeleteInput(value.ValueOf("clientMutationId") as string, (LinkType)value["type"]!, (string)value["fromId"]!, (string)value["toId"]!);
    }
}
