using GraphQL.Types;
using ResourceHub.Graph.Search;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Search;

/// <summary>One search hit.</summary>
public sealed class SearchResultType : ObjectGraphType<SearchHit>
{
    /// <summary>Declares the fields.</summary>
    public SearchResultType()
    {
        Name = "SearchResult";
        Description = "A node that matches the search text, with its relevance (搜索结果).";
        Field<NonNullGraphType<NodeInterface>>("node").Description("The node found (节点).").Resolve(c => c.Snapshot().Node(c.Source.NodeId));
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Relevance; higher is better (相关度).").Resolve(c => c.Source.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("matchedFields").Description("Where the text matched: name, description, services … (匹配字段).").Resolve(c => c.Source.MatchedFields);
    }
}
