using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;

namespace ResourceHub.Schema.Limits;

/// <summary>
/// Documents known by the SHA-256 of their text: the trusted documents registered with the hub (a folder of
/// <c>.graphql</c> files, <c>Hub:TrustedDocuments</c>), and those clients registered by sending a document with its hash
/// (Apollo's automatic persisted queries), kept in a bounded cache. An app held to trusted documents
/// (<c>Hub:TrustedDocumentsOnly</c>) may run only the registered ones.
/// </summary>
public sealed class PersistedDocuments
{
    private readonly FrozenDictionary<string, string> _trusted;
    private readonly FrozenSet<string> _heldApps;
    private readonly DocumentCache<string> _remembered;

    /// <summary>The trusted documents and the apps held to them; up to <paramref name="capacity"/> documents sent by clients are remembered.</summary>
    public PersistedDocuments(IEnumerable<string> trusted, IEnumerable<string> heldApps, int capacity = 1000)
    {
        ArgumentNullException.ThrowIfNull(trusted);
        ArgumentNullException.ThrowIfNull(heldApps);
        _trusted = trusted.Distinct(StringComparer.Ordinal).ToFrozenDictionary(Hash, t => t, StringComparer.Ordinal);
        _heldApps = heldApps.ToFrozenSet(StringComparer.Ordinal);
        _remembered = new DocumentCache<string>(capacity, maxQueryLength: int.MaxValue);
    }

    /// <summary>No trusted documents, no app held to them.</summary>
    public static PersistedDocuments None { get; } = new([], []);

    /// <summary>Reads every <c>.graphql</c> file of a folder (and below) as a trusted document; none when the folder is not given.</summary>
    public static IEnumerable<string> ReadFolder(string? folder) =>
        string.IsNullOrWhiteSpace(folder) || !Directory.Exists(folder)
            ? []
            : Directory.EnumerateFiles(folder, "*.graphql", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText);

    /// <summary>How many trusted documents are registered.</summary>
    public int TrustedCount => _trusted.Count;

    /// <summary>The lowercase hex SHA-256 of a document's UTF-8 text, as Apollo's clients send it.</summary>
    public static string Hash(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
    }

    /// <summary>True when an app (by its client id) may run trusted documents only.</summary>
    public bool Holds(string? appId) => appId is not null && _heldApps.Contains(appId);

    /// <summary>True when a document's hash is a trusted document's.</summary>
    public bool IsTrusted(string hash) => _trusted.ContainsKey(hash);

    /// <summary>The document of a hash, trusted or remembered; null when unknown.</summary>
    public string? Find(string hash) => _trusted.TryGetValue(hash, out var text) ? text : _remembered.Get(hash);

    /// <summary>Remembers a document a client sent with its (checked) hash.</summary>
    public void Remember(string hash, string query)
    {
        if (!_trusted.ContainsKey(hash)) _remembered.Add(hash, query);
    }
}
