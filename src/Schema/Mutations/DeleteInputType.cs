using GraphQL.Types;

namespace ResourceHub.Schema.Mutations;

/// <summary>The input of deleting a node.</summary>
public sealed class DeleteInputType : InputObjectGraphType
{
    /// <summary>Declares the fields.</summary>
    public DeleteInputType()
    {
        Name = "DeleteInput";
        Description = "Which node to delete, with the version read; its links go with it (删除).";
        Field<StringGraphType>("clientMutationId").Description("The client's id of this mutation; sending it again returns the first result and writes nothing twice (客户端标识，幂等).");
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the node (全局标识).");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version read; a stale version is refused with CONFLICT (版本).");
    }

    /// <summary>Reads the input as a <see cref="DeleteInput"/>.</summary>
    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new DeleteInput(value.ValueOf("clientMutationId") as string, (string)value["id"]!, Convert.ToInt32(value["version"], System.Globalization.CultureInfo.InvariantCulture));
    }
}
