namespace ResourceHub.Schema;

/// <summary>
/// Documents by their exact text (or hash): a bounded least-recently-used cache, so a client sending the same document
/// again skips parsing and the document-only validation rules, or a persisted query is found by its hash.
/// Thread-safe; the values are shared read-only, as GraphQL.NET's own document cache shares them.
/// </summary>
internal sealed class DocumentCache<T>(int capacity, int maxQueryLength) where T : class
{
    private readonly Dictionary<string, LinkedListNode<(string Query, T Document)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Query, T Document)> _recency = [];
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock) return _entries.Count;
        }
    }

    public T? Get(string query)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(query, out var node)) return null;
            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value.Document;
        }
    }

    public void Add(string query, T document)
    {
        if (query.Length > maxQueryLength) return;
        lock (_lock)
        {
            if (_entries.ContainsKey(query)) return;
            if (_entries.Count >= capacity)
            {
                _entries.Remove(_recency.Last!.Value.Query);
                _recency.RemoveLast();
            }
            _entries[query] = _recency.AddFirst((query, document));
        }
    }
}
