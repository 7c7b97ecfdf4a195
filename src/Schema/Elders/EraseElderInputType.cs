using GraphQL.Types;
using ResourceHub.Schema.Mutations;

namespace ResourceHub.Schema.Elders;

/// <summary>Which elder's personal data to erase.</summary>
public sealed class EraseElderInputType : InputObjectGraphType
{
    /// <summary>Declares the fields.</summary>
    public EraseElderInputType()
    {
        Name = "EraseElderInput";
        Description = "Which elder's personal data to erase, with the version read (删除个人信息).";
        this.AddIdAndVersion("Global id of the elder (老年人).", twice: "erases");
    }

    /// <summary>Reads the input as the elder's id and version.</summary>
    public override object ParseDictionary(IDictionary<string, object?> value) => VersionedInputFields.ReadIdAndVersion(value);
}
