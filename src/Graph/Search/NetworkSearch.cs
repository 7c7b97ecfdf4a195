using System.Collections.Frozen;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Search;

/// <summary>
/// Full-text search over a snapshot of the network: names, descriptions, and the services, skills and categories a node
/// offers or asks, by code and by their Chinese and English labels (助餐 finds organizations offering meal.help,
/// "smart devices" finds education.smart-devices). Chinese is matched by character bigrams, so 智能手机 finds
/// 智能手机课堂 without a dictionary; Latin text by lowercase words. Every snapshot carries its own index, built and
/// changed with it, so a search always reads the network as of the snapshot it is given.
/// </summary>
public static class NetworkSearch
{
    /// <summary>The longest text searched for, in UTF-16 characters; longer text is cut.</summary>
    public const int MaxTextLength = 100;

    /// <summary>
    /// The kinds of node that can be found. Never elders (personal data), nor referrals, service records and consents
    /// (records of an elder's case, reached through the need or the elder).
    /// </summary>
    public static IReadOnlySet<NodeKind> IndexedKinds { get; } =
        Enum.GetValues<NodeKind>().Where(SearchDocument.IsIndexed).ToFrozenSet();

    /// <summary>
    /// The nodes that best match <paramref name="text"/>, best first; ties in score go to the smaller node id.
    /// </summary>
    /// <param name="snapshot">The network to search.</param>
    /// <param name="text">
    /// What to look for, in Chinese, English or both. It is trimmed, cut to <see cref="MaxTextLength"/> characters and
    /// normalised (NFKC: full-width letters and digits count as ASCII, case is ignored); punctuation separates words.
    /// Text without a letter, digit or Chinese character finds nothing.
    /// </param>
    /// <param name="first">How many hits at most; 0 or more.</param>
    /// <param name="allow">The nodes the caller may see; others are left out before the limit is applied. Null lets every node through.</param>
    public static IReadOnlyList<SearchHit> Search(this NetworkSnapshot snapshot, string text, int first, Func<Node, bool>? allow = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        return SearchRanker.Rank(snapshot, snapshot.SearchIndex, SearchQuery.Parse(text), first, allow);
    }

    /// <summary>
    /// A caller's search: the nodes the caller may see, of <paramref name="kinds"/> when given, that best match
    /// <paramref name="text"/>. The index holds only public text (<see cref="SearchDocument"/>), so the hits, their order
    /// and their scores never depend on what the caller may not see; the search itself is asked for visible nodes only.
    /// </summary>
    public static IReadOnlyList<SearchHit> Search(this AccessPolicy policy, string text, int first, IReadOnlyCollection<NodeKind>? kinds = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy.Snapshot.Search(text, first, kinds is { Count: > 0 } ? n => kinds.Contains(n.Kind) && policy.MaySee(n) : policy.MaySee);
    }
}
