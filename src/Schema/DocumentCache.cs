using GraphQLParser.AST;

namespace ResourceHub.Schema;

/// <summary>
/// Parsed documents that passed validation, keyed by their exact text: a bounded least-recently-used cache, so a
/// client sending the same document again skips parsing and the document-only validation rules. Thread-safe; the
/// documents are shared read-only, as GraphQL.NET's own document cache shares them.
/// </summary>
internal sealed class DocumentCache(int capacity, int maxQueryLength)
{
    private readonly Dictionary<string, LinkedListNode<(string Query, GraphQLDocument Document)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Query, GraphQLDocument Document)> _recency = [];
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock) return _entries.Count;
        }
    }

    public GraphQLDocument? Get(string query)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(query, out var node)) return null;
            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value.Document;
        }
    }

    public void Add(string query, GraphQLDocument document)
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
