using System.Collections.Concurrent;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Access;

/// <summary>
/// The reads of personal data one request made, gathered while it runs (fields may resolve in parallel) and written to
/// the audit log when it ends: which node, which fields. Nothing else of the data is kept.
/// </summary>
public sealed class AuditTrail
{
    private readonly ConcurrentDictionary<long, ConcurrentDictionary<string, byte>> _reads = new();

    /// <summary>Records that a personal field of a node was read.</summary>
    public void Read(Node node, PersonalField field)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(field);
        _reads.GetOrAdd(node.Id, _ => new(StringComparer.Ordinal)).TryAdd(field.Name, 0);
    }

    /// <summary>True when nothing personal was read.</summary>
    public bool IsEmpty => _reads.IsEmpty;

    /// <summary>The nodes read, in id order, each with the names of the fields read, in order.</summary>
    public IReadOnlyList<(long NodeId, IReadOnlyList<string> Fields)> Reads() =>
        _reads.OrderBy(kv => kv.Key).Select(kv => (kv.Key, (IReadOnlyList<string>)kv.Value.Keys.Order(StringComparer.Ordinal).ToList())).ToList();
}
