using GraphQL.Types;

namespace ResourceHub.Schema.Mutations;

/// <summary>The input of creating one kind, built from its <see cref="KindInputs"/>.</summary>
public sealed class CreateInputType<TInputs> : InputObjectGraphType where TInputs : KindInputs, new()
{
    private readonly TInputs _inputs = new();

    /// <summary>Declares the fields.</summary>
    public CreateInputType()
    {
        var inputs = _inputs;
        Name = $"Create{inputs.Kind}Input";
        Description = $"A new {inputs.Kind} (新建{inputs.Zh}).";
        Field<StringGraphType>("clientMutationId").Description("The client's id of this mutation; sending it again returns the first result and writes nothing twice (客户端标识，幂等).");
        foreach (var f in inputs.Fields)
            AddField(new FieldType { Name = f.Name, Type = f.RequiredOnCreate ? typeof(NonNullGraphType<>).MakeGenericType(f.GraphType) : f.GraphType, Description = f.Description });
        foreach (var l in inputs.Links)
            AddField(new FieldType { Name = l.Name, Type = l.RequiredOnCreate ? typeof(NonNullGraphType<IdGraphType>) : typeof(IdGraphType), Description = l.Description });
    }

    /// <summary>Reads the input as a <see cref="NodeInput"/> holding only the fields given.</summary>
    public override object ParseDictionary(IDictionary<string, object?> value) => NodeInput.Read(value, _inputs, update: false);
}
