using GraphQL.Types;

namespace ResourceHub.Schema.Mutations;

/// <summary>The input of changing a link's properties.</summary>
public sealed class UpdateLinkInputType : InputObjectGraphType
{
    /// <summary>Declares the fields.</summary>
    public UpdateLinkInputType()
    {
        Name = "UpdateLinkInput";
        Description = "Changes to a link's properties: give only the fields to change; its type and ends never change (修改关系).";
        Field<StringGraphType>("clientMutationId").Description("The client's id of this mutation; sending it again returns the first result and writes nothing twice (客户端标识，幂等).");
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the link (关系标识).");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version read; a stale version is refused with CONFLICT (版本).");
        Field<DateOnlyGraphType>("since").Description("Since when it holds (起始日期).");
        Field<DateOnlyGraphType>("until").Description("Until when it holds (结束日期).");
        Field<FloatGraphType>("weight").Description("Strength, 0 to 1 (强度).");
        Field<StringGraphType>("note").Description("A short note, at most 500 characters (备注).");
    }

    /// <summary>Reads the input as a <see cref="LinkUpdateInput"/>, keeping which properties were given.</summary>
    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var given = value.Where(kv => kv.Key is "since" or "until" or "weight" or "note").ToDictionary(kv => kv.Key, kv => kv.Value);
        return new LinkUpdateInput(value.ValueOf("clientMutationId") as string, (string)value["id"]!, Convert.ToInt32(value["version"], System.Globalization.CultureInfo.InvariantCulture), given);
    }
}
