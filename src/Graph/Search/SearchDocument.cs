using System.Collections.Frozen;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Taxonomy;

namespace ResourceHub.Graph.Search;

/// <summary>
/// What of a node the search index reads. Elders are never read: their name and everything else about them is personal
/// data. Referrals, service records and consents are not read either: they are records of an elder's case, found
/// through the need or the elder by those allowed to, not a directory entry.
/// </summary>
internal static class SearchDocument
{
    // The terms of every taxonomy code and label, tokenised once: most of the text of a node is its codes' labels.
    private static readonly FrozenDictionary<string, ulong[]> TaxonomyTerms = ServiceTaxonomy.Services.Concat(ServiceTaxonomy.Situations)
        .SelectMany(t => new[] { t.Code, t.Zh, t.En })
        .Distinct(StringComparer.Ordinal)
        .ToFrozenDictionary(text => text, text =>
        {
            var terms = new List<ulong>();
            SearchText.Tokenize(text, terms, endMarkers: true);
            return terms.ToArray();
        }, StringComparer.Ordinal);

    /// <summary>
    /// The terms of a property as the index holds them, in text order: <see cref="SearchText.Tokenize"/> with end
    /// markers, looked up instead for codes and labels.
    /// </summary>
    public static void Terms(SearchProperty property, List<ulong> terms)
    {
        terms.Clear();
        if (property.Field is SearchField.Services or SearchField.Details && TaxonomyTerms.TryGetValue(property.Text, out var known)) terms.AddRange(known);
        else SearchText.Tokenize(property.Text, terms, endMarkers: true);
    }

    /// <summary>True for the kinds of node the index holds.</summary>
    public static bool IsIndexed(NodeKind kind) => kind is NodeKind.Area or NodeKind.Organization or NodeKind.SocialWorker
        or NodeKind.Volunteer or NodeKind.Resource or NodeKind.Need or NodeKind.Activity or NodeKind.Project;

    /// <summary>The pieces of text of a node, in a fixed order; none for a kind that is not indexed.</summary>
    public static IEnumerable<SearchProperty> Properties(Node node)
    {
        if (!IsIndexed(node.Kind)) yield break;
        yield return new(SearchField.Name, "name", node.Name);
        if (!string.IsNullOrEmpty(node.Description)) yield return new(SearchField.Description, "description", node.Description);
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
        foreach (var p in Codes(codes, codesName)) yield return p;
        foreach (var code in situations)
        {
            foreach (var p in Term(SearchField.Details, "situations", code)) yield return p;
        }
        switch (node)
        {
            case Area a when a.Code.Length > 0:
                yield return new(SearchField.Details, "code", a.Code);
                break;
            case Resource r:
                foreach (var e in r.Equipment) yield return new(SearchField.Details, "equipment", e);
                break;
            case Project p:
                foreach (var d in p.Deliverables) yield return new(SearchField.Details, "deliverables", d);
                break;
        }
    }

    // Each code with its labels; the labels of broader codes above it (文化 above 音乐合唱) as lesser text, once each.
    private static IEnumerable<SearchProperty> Codes(IReadOnlyList<string> codes, string name)
    {
        foreach (var code in codes)
        {
            foreach (var p in Term(SearchField.Services, name, code)) yield return p;
        }
        List<string>? broader = null;
        foreach (var code in codes)
        {
            for (var parent = ServiceTaxonomy.Find(code)?.ParentCode; parent is not null; parent = ServiceTaxonomy.Find(parent)?.ParentCode)
            {
                if (codes.Contains(parent) || (broader ??= []).Contains(parent)) continue;
                broader.Add(parent);
                if (ServiceTaxonomy.Find(parent) is { } term)
                {
                    yield return new(SearchField.Details, name, term.Zh);
                    yield return new(SearchField.Details, name, term.En);
                }
            }
        }
    }

    private static IEnumerable<SearchProperty> Term(SearchField field, string name, string code)
    {
        yield return new(field, name, code);
        if (ServiceTaxonomy.Find(code) is { } term)
        {
            yield return new(field, name, term.Zh);
            yield return new(field, name, term.En);
        }
    }
}
