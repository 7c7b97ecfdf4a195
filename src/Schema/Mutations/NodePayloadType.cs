using GraphQL.Types;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Mutations;

/// <summary>The payload of creating or updating one kind.</summary>
public sealed class NodePayloadType<TGraph> : ObjectGraphType<MutationPayload> where TGraph : IGraphType
{
    /// <summary>Declares the fields.</summary>
    public NodePayloadType()
    {
        var kind = GraphName.Of<TGraph>();
        Name = kind + "Payload";
        Description = $"The result of writing a {kind}: the {kind} as it now is, or the rules the input broke (写入结果).";
        Field<StringGraphType>("clientMutationId").Description("The client's id of the mutation, as sent (客户端标识).").Resolve(c => c.Source.ClientMutationId);
        Field<TGraph>(char.ToLowerInvariant(kind[0]) + kind[1..]).Description($"The {kind} as it now is; null when nothing was written (结果).").Resolve(c => c.Source.Node);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("userErrors").Description("Rules the input broke; empty on success (输入错误).").Resolve(c => c.Source.UserErrors);
    }
}
