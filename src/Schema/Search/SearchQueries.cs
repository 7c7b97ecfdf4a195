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

    /// <summary>Adds <c>search(text, first, kinds)</c>.</summary>
    public static void AddSearch(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchResultType>>>>("search")
            .Description("Ranked full-text search over names, descriptions, skills and services, in Chinese and English: 智能手机 finds 智能手机课堂, 助餐 finds meal-help providers. Reads public text only: elders are never found, an elder's need only by what it asks (搜索).")
            .Argument<NonNullGraphType<StringGraphType>>("text", $"What to look for, at most {NetworkSearch.MaxTextLength} characters (搜索词).")
            .Argument<IntGraphType>("first", $"How many, 1 to {MaxHits}; 10 when absent (数量).")
            .Argument<ListGraphType<NonNullGraphType<DescribedEnumType<NodeKind>>>>("kinds", "Only nodes of these kinds (类型).")
            .Resolve(c =>
            {
                var text = c.GetArgument<string>("text").Trim();
                var first = c.GetArgument<int?>("first") ?? 10;
                if (text.Length == 0) throw ResolveFieldContextExtensions.Error(HubErrorCodes.BadUserInput, "text: give something to look for");
                if (first is < 1 or > MaxHits) throw ResolveFieldContextExtensions.Error(HubErrorCodes.BadUserInput, $"first: 1 to {MaxHits}");
                return c.Policy().Search(text, first, c.GetArgument<List<NodeKind>?>("kinds"));
            });
    }
}
