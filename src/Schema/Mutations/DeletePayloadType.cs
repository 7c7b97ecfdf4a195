using GraphQL.Types;

namespace ResourceHub.Schema.Mutations;

/// <summary>The payload of a delete or an unlink.</summary>
public sealed class DeletePayloadType : ObjectGraphType<MutationPayload>
{
    /// <summary>Declares the fields.</summary>
    public DeletePayloadType()
    {
        Name = "DeletePayload";
        Description = "The result of removing a node (with its links) or a link (删除结果).";
        Field<StringGraphType>("clientMutationId").Description("The client's id of the mutation, as sent (客户端标识).").Resolve(c => c.Source.ClientMutationId);
        Field<IdGraphType>("deletedId").Description("Global id of what was removed; null when nothing was (已删除标识).").Resolve(c => c.Source.DeletedId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("userErrors").Description("Rules the input broke; empty on success (输入错误).").Resolve(c => c.Source.UserErrors);
    }
}
