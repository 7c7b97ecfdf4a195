using System.Collections.Frozen;
using System.Runtime.InteropServices;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Taxonomy;

namespace ResourceHub.Graph.Search;

/// <summary>
/// What of a node the search index reads: only what every caller may see, so that no caller's hits, order or scores
/// depend on anything hidden from them. Elders are never read: their name and everything else about them is personal
/// data. Of an elder's need only what it asks is read (its name, description and situations are the elder's).
/// Referrals, service records and consents are not read either: they are records of an elder's case, found through the
/// need or the elder by those allowed to, not a directory entry.
/// </summary>
internal static class SearchDocument
{
    // Every taxonomy code with its texts tokenised once, and the broader codes above it: most of a node's text is labels.
    private static readonly FrozenDictionary<string, Entry> Taxonomy =
        ServiceTaxonomy.Services.Concat(ServiceTaxonomy.Situations).ToFrozenDictionary(t => t.Code, t => new Entry(
            Known(t.Code), Known(t.Zh), Known(t.En),
            [.. Ancestors(t.Code)]), StringComparer.Ordinal);

    /// <summary>True for the kinds of node the index holds.</summary>
    public static bool IsIndexed(NodeKind kind) => kind is NodeKind.Area or NodeKind.Organization or NodeKind.SocialWorker
        or NodeKind.Volunteer or NodeKind.Resource or NodeKind.Need or NodeKind.Activity or NodeKind.Project;

    /// <summary>
    /// The terms of a property as the index holds them, in text order: <see cref="SearchText.Tokenize"/> with end
    /// markers (into <paramref name="scratch"/>), or the terms already known for a code or label.
    /// </summary>
    public static ReadOnlySpan<ulong> Terms(in SearchProperty property, List<ulong> scratch)
    {
        if (property.KnownTerms is { } known) return known;
        scratch.Clear();
        SearchText.Tokenize(property.Text, scratch, endMarkers: true);
        return CollectionsMarshal.AsSpan(scratch);
    }

    /// <summary>
    /// Fills <paramref name="into"/> with the pieces of public text of a node, in a fixed order; none for a kind that is
    /// not indexed. <paramref name="personal"/> says the node's own text is personal data (an elder's need): then only
    /// the codes of what it asks are read.
    /// </summary>
    public static void Properties(Node node, bool personal, List<SearchProperty> into)
    {
        into.Clear();
        if (!IsIndexed(node.Kind)) return;
        if (personal && node is Need need)
        {
            Codes(need.Categories, "categories", into);
            return;
        }
        into.Add(new(SearchField.Name, "name", node.Name));
        if (!string.IsNullOrEmpty(node.Description)) into.Add(new(SearchField.Description, "description", node.Description));
        var (codes, codesName, situations) = node switch
        {
            Organization o => (o.Services, "services", o.Situations),
            SocialWorker w => (w.Skills, "skills", w.Situations),
            Volunteer v => (v.Skills, "skills", v.Situations),
            Resource r => (r.Services, "services", []),
            Need n => (n.Categories, "categories", n.Situations),
            Activity a => (a.Services, "services", []),
            Project p => (p.Services, "services", []),
            _ => ((IReadOnlyList<string>)[], "", (IReadOnlyList<string>)[]),
        };
        Codes(codes, codesName, into);
        foreach (var code in situations) Term(SearchField.Details, "situations", code, into);
        switch (node)
        {
            case Area a when a.Code.Length > 0:
                into.Add(new(SearchField.Details, "code", a.Code));
                break;
            case Resource r:
                foreach (var e in r.Equipment) into.Add(new(SearchField.Details, "equipment", e));
                break;
            case Project p:
                foreach (var d in p.Deliverables) into.Add(new(SearchField.Details, "deliverables", d));
                break;
        }
    }

    /// <summary>The pieces of public text of a node, in a fixed order; none for a kind that is not indexed.</summary>
    public static List<SearchProperty> Properties(Node node, bool personal)
    {
        var into = new List<SearchProperty>();
        Properties(node, personal, into);
        return into;
    }

    // Each code with its labels; then the labels of broader codes above them (文化 above 音乐合唱), once each, as lesser text.
    private static void Codes(IReadOnlyList<string> codes, string name, List<SearchProperty> into)
    {
        foreach (var code in codes) Term(SearchField.Services, name, code, into);
        for (var i = 0; i < codes.Count; i++)
        {
            if (!Taxonomy.TryGetValue(codes[i], out var entry)) continue;
            foreach (var broader in entry.Ancestors)
            {
                if (Contains(codes, broader) || AboveEarlier(codes, i, broader)) continue;
                var b = Taxonomy[broader];
                into.Add(new(SearchField.Details, name, b.Zh.Text, b.Zh.Terms));
                into.Add(new(SearchField.Details, name, b.En.Text, b.En.Terms));
            }
        }
    }

    private static bool Contains(IReadOnlyList<string> codes, string code)
    {
        foreach (var c in codes)
        {
            if (string.Equals(c, code, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static bool AboveEarlier(IReadOnlyList<string> codes, int before, string broader)
    {
        for (var j = 0; j < before; j++)
        {
            if (Taxonomy.TryGetValue(codes[j], out var earlier) && Array.IndexOf(earlier.Ancestors, broader) >= 0) return true;
        }
        return false;
    }

    private static void Term(SearchField field, string name, string code, List<SearchProperty> into)
    {
        if (!Taxonomy.TryGetValue(code, out var entry))
        {
            into.Add(new(field, name, code));
            return;
        }
        into.Add(new(field, name, entry.Code.Text, entry.Code.Terms));
        into.Add(new(field, name, entry.Zh.Text, entry.Zh.Terms));
        into.Add(new(field, name, entry.En.Text, entry.En.Terms));
    }

    private static (string Text, ulong[] Terms) Known(string text)
    {
        var terms = new List<ulong>();
        SearchText.Tokenize(text, terms, endMarkers: true);
        return (text, terms.ToArray());
    }

    private static IEnumerable<string> Ancestors(string code)
    {
        for (var term = ServiceTaxonomy.Find(code); term?.ParentCode is { } parent && ServiceTaxonomy.Find(parent) is { } above; term = above)
            yield return parent;
    }

    /// <summary>A taxonomy code's texts with their terms, and the codes above it, nearest first.</summary>
    private sealed record Entry((string Text, ulong[] Terms) Code, (string Text, ulong[] Terms) Zh, (string Text, ulong[] Terms) En, string[] Ancestors);
}
