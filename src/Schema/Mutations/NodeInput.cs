namespace ResourceHub.Schema.Mutations;

/// <summary>
/// A create or update input as the client gave it, read by <see cref="CreateInputType{TInputs}"/> or
/// <see cref="UpdateInputType{TInputs}"/>: the client's id, for an update the node's global id and the version read,
/// and only the fields and links given (a field given as null clears it).
/// </summary>
/// <param name="ClientMutationId">The client's id of the mutation, for idempotency.</param>
/// <param name="Id">The node's global id (updates).</param>
/// <param name="Version">The version read (updates).</param>
/// <param name="Fields">The fields given, in the kind's order.</param>
/// <param name="Links">The links given, in the kind's order, each with the global id it names (null removes it on update).</param>
public sealed record NodeInput(string? ClientMutationId, string? Id, int? Version, IReadOnlyList<FieldValue> Fields, IReadOnlyList<LinkValue> Links)
{
    /// <summary>Reads the given keys of an input object against a kind's declarations.</summary>
    public static NodeInput Read(IDictionary<string, object?> value, KindInputs inputs, bool update)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(inputs);
        var fields = new List<FieldValue>();
        foreach (var f in inputs.Fields)
        {
            if (value.TryGetValue(f.Name, out var v)) fields.Add(new FieldValue(f, v));
        }
        var links = new List<LinkValue>();
        foreach (var l in inputs.Links)
        {
            if (value.TryGetValue(l.Name, out var v)) links.Add(new LinkValue(l, v as string));
        }
        return new NodeInput(value.ValueOf("clientMutationId") as string, update ? value["id"] as string : null,
            update ? Convert.ToInt32(value["version"], System.Globalization.CultureInfo.InvariantCulture) : null, fields, links);
    }
}

/// <summary>A field given in an input, with its value as GraphQL read it.</summary>
public readonly record struct FieldValue(InputField Field, object? Value);

/// <summary>A link given in an input, with the global id it names (null: none).</summary>
public readonly record struct LinkValue(LinkInput Link, string? Id);
