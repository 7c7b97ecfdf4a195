using GraphQL.Types;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Mutations;

/// <summary>The payload of creating or updating a link.</summary>
public sealed class LinkPayloadType : ObjectGraphType<MutationPayload>
{
    /// <summary>Declares the fields.</summary>
    public LinkPayloadType()
    {
        Name = "LinkPayload";
        Description = "The result of writing a link (关系写入结果).";
        Field<StringGraphType>("clientMutationId").Description("The client's id of the mutation, as sent (客户端标识).").Resolve(c => c.Source.ClientMutationId);
        Field<LinkInfoType>("link").Description("The link as it now is; null when nothing was written (关系).").Resolve(c => c.Source.Link);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("userErrors").Description("Rules the input broke; empty on success (输入错误).").Resolve(c => c.Source.UserErrors);
    }
}
