using GraphQL.Types;

namespace ResourceHub.Schema.Mutations;

/// <summary>The input of updating one kind: the id, the version read, and only the fields to change.</summary>
public sealed class UpdateInputType<TInputs> : InputObjectGraphType where TInputs : KindInputs, new()
{
    private readonly TInputs _inputs = new();

    /// <summary>Declares the fields.</summary>
    public UpdateInputType()
    {
        var inputs = _inputs;
        Name = $"Update{inputs.Kind}Input";
        Description = $"Changes to a {inputs.Kind}: give only the fields to change; null clears an optional field (修改{inputs.Zh}).";
        Field<StringGraphType>("clientMutationId").Description("The client's id of this mutation; sending it again returns the first result and writes nothing twice (客户端标识，幂等).");
        Field<NonNullGraphType<IdGraphType>>("id").Description($"Global id of the {inputs.Kind} (全局标识).");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version read; a stale version is refused with CONFLICT (版本).");
        foreach (var f in inputs.Fields) AddField(new FieldType { Name = f.Name, Type = f.GraphType, Description = f.Description });
        foreach (var l in inputs.Links) AddField(new FieldType { Name = l.Name, Type = typeof(IdGraphType), Description = l.Description + " Null removes the link." });
    }

    /// <summary>Reads the input as a <see cref="NodeInput"/> holding only the fields given.</summary>
    public override object ParseDictionary(IDictionary<string, object?> value) => NodeInput.Read(value, _inputs, update: true);
}
