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
        Field<StringGraphType>("clientMutationId").Description("The client's id of this mutation; sending it again returns the first result and erases nothing twice (客户端标识，幂等).");
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the elder (老年人).");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version read; a stale version is refused with CONFLICT (版本).");
    }

    /// <summary>Reads the input as the elder's id and version.</summary>
    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new DeleteInput(value.ValueOf("clientMutationId") as string, (string)value["id"]!, Convert.ToInt32(value["version"], System.Globalization.CultureInfo.InvariantCulture));
    }
}
