using GraphQL;
using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Search;
using ResourceHub.Schema.Common;

namespace ResourceHub.Schema.Search;

/// <summary>The search field.</summary>
public static class SearchQueries
{
    /// <summary>The most hits one search returns.</summary>
    public const int MaxHits = 100;

    private const int Spare = 20;

    /// <summary>Adds <c>search(text, first, kinds)</c>.</summary>
    public static void AddSearch(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchResultType>>>>("search")
            .Description("Ranked full-text search over names, descriptions, skills and services, in Chinese and English: 智能手机 finds 智能手机课堂, 助餐 finds meal-help providers. Elders are never found (搜索).")
            .Argument<NonNullGraphType<StringGraphType>>("text", $"What to look for, at most {NetworkSearch.MaxTextLength} characters (搜索词).")
            .Argument<IntGraphType>("first", $"How many, 1 to {MaxHits}; 10 when absent (数量).")
            .Argument<ListGraphType<NonNullGraphType<DescribedEnumType<NodeKind>>>>("kinds", "Only nodes of these kinds (类型).")
            .Resolve(c =>
            {
                var text = c.GetArgument<string>("text").Trim();
                var first = c.GetArgument<int?>("first") ?? 10;
                if (text.Length == 0) throw ResolveFieldContextExtensions.Error(HubErrorCodes.BadUserInput, "text: give something to look for");
                if (first is < 1 or > MaxHits) throw ResolveFieldContextExtensions.Error(HubErrorCodes.BadUserInput, $"first: 1 to {MaxHits}");
                var kinds = c.GetArgument<List<NodeKind>?>("kinds");
                var snapshot = c.Snapshot();
                var viewer = c.Viewer();
                var hits = snapshot.Search(text, first + Spare, kinds is { Count: > 0 } ? n => kinds.Contains(n.Kind) : null);
                // An elder's need tells the elder's situations: callers who do not serve the elder may not find it by them.
                var shown = new List<SearchHit>(first);
                foreach (var hit in hits)
                {
                    var h = hit;
                    if (snapshot.Node(hit.NodeId) is Need need && hit.MatchedFields.Contains("situations") &&
                        Elders.PersonalData.NeedSituations(snapshot, need, viewer).Count == 0)
                    {
                        h = hit with { MatchedFields = hit.MatchedFields.Where(f => f != "situations").ToList() };
                        if (h.MatchedFields.Count == 0) continue;
                    }
                    shown.Add(h);
                    if (shown.Count == first) break;
                }
                return shown;
            });
    }
}
