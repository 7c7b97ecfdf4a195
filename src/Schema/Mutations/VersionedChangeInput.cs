namespace ResourceHub.Schema.Mutations;

/// <summary>
/// The input of a mutation that changes one node read at a version in a way of its own (rate a referral, withdraw a
/// consent): the node, the version read, and the mutation's own values by their input names.
/// </summary>
public sealed record VersionedChangeInput(string? ClientMutationId, string Id, int Version, IReadOnlyDictionary<string, object?> Values)
{
    /// <summary>The value of one of the mutation's own fields, or null when it was not given.</summary>
    public object? Value(string name) => Values.TryGetValue(name, out var value) ? value : null;

    /// <summary>Reads clientMutationId, id and version, and keeps the rest.</summary>
    public static VersionedChangeInput Read(IDictionary<string, object?> value)
    {
        var (clientMutationId, id, version) = VersionedInputFields.ReadIdAndVersion(value);
        return new VersionedChangeInput(clientMutationId, id, version, new Dictionary<string, object?>(value));
    }
}
