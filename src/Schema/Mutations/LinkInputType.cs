using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Common;

namespace ResourceHub.Schema.Mutations;

/// <summary>The input of linking two nodes.</summary>
public sealed class LinkInputType : InputObjectGraphType
{
    /// <summary>Declares the fields.</summary>
    public LinkInputType()
    {
        Name = "LinkInput";
        Description = "A new link of any type between two nodes; each type joins only the kinds it allows (新建关系).";
        Field<StringGraphType>("clientMutationId").Description("The client's id of this mutation; sending it again returns the first result and writes nothing twice (客户端标识，幂等).");
        Field<NonNullGraphType<DescribedEnumType<LinkType>>>("type").Description("The link type (关系类型).");
        Field<NonNullGraphType<IdGraphType>>("fromId").Description("Global id of the source node (起点).");
        Field<NonNullGraphType<IdGraphType>>("toId").Description("Global id of the target node (终点).");
        Field<DateOnlyGraphType>("since").Description("Since when it holds (起始日期).");
        Field<DateOnlyGraphType>("until").Description("Until when it holds (结束日期).");
        Field<FloatGraphType>("weight").Description("Strength, 0 to 1 (强度).");
        Field<StringGraphType>("note").Description("A short note, at most 500 characters (备注).");
    }

    /// <summary>Reads the input as a <see cref="LinkCreateInput"/>.</summary>
    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new LinkCreateInput(value.ValueOf("clientMutationId") as string, (LinkType)value["type"]!, (string)value["fromId"]!, (string)value["toId"]!,
            value.ValueOf("since") as DateOnly?, value.ValueOf("until") as DateOnly?,
            value.ValueOf("weight") is { } w ? InputValues.Double(w) : null, value.ValueOf("note") as string);
    }
}
