using GraphQL.Types;

namespace ResourceHub.Schema.Mutations;

/// <summary>
/// The fields of an input that names one node at the version read — clientMutationId, id, version — declared and read
/// in one place for the inputs made of them (delete, erase an elder, a referral's steps).
/// </summary>
internal static class VersionedInputFields
{
    /// <summary>Declares clientMutationId, id and version.</summary>
    /// <param name="type">The input type.</param>
    /// <param name="idDescription">What the id names.</param>
    /// <param name="twice">What a replay does not do twice ("writes", "erases").</param>
    public static void AddIdAndVersion(this InputObjectGraphType type, string idDescription, string twice = "writes")
    {
        type.Field<StringGraphType>("clientMutationId").Description($"The client's id of this mutation; sending it again returns the first result and {twice} nothing twice (客户端标识，幂等).");
        type.Field<NonNullGraphType<IdGraphType>>("id").Description(idDescription);
        type.Field<NonNullGraphType<IntGraphType>>("version").Description("The version read; a stale version is refused with CONFLICT (版本).");
    }

    /// <summary>Reads clientMutationId, id and version.</summary>
    public static DeleteInput ReadIdAndVersion(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new DeleteInput(value.ValueOf("clientMutationId") as string, (string)value["id"]!, Convert.ToInt32(value["version"], System.Globalization.CultureInfo.InvariantCulture));
    }
}
