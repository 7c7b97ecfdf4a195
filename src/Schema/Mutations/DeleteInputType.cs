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
        this.AddIdAndVersion("Global id of the node (全局标识).");
    }

    /// <summary>Reads the input as a <see cref="DeleteInput"/>.</summary>
    public override object ParseDictionary(IDictionary<string, object?> value) => VersionedInputFields.ReadIdAndVersion(value);
}
